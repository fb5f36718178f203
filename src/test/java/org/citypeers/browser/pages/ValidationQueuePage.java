package org.citypeers.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The validation queue ({@code /validation}): practices waiting for validation, then validated ones waiting for publication. */
public final class ValidationQueuePage {

    private final Page page;

    private ValidationQueuePage(Page page) {
        this.page = page;
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Validation queue")).waitFor();
    }

    /** From an expert's or a programme manager's home page: "Open the validation queue". */
    public static ValidationQueuePage fromHome(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the validation queue")).click();
        return new ValidationQueuePage(page);
    }

    /** The card of a practice waiting for validation. */
    public Locator waitingForValidation(String title) {
        return card("#queue-submitted", title);
    }

    /** The card of a validated practice waiting for publication. */
    public Locator waitingForPublication(String title) {
        return card("#queue-validated", title);
    }

    /** Opens a practice from its card. */
    public PracticePage open(Locator card) {
        card.getByRole(AriaRole.LINK).first().click();
        return new PracticePage(page);
    }

    private Locator card(String group, String title) {
        return page.locator(group + " .cp-card", new Page.LocatorOptions().setHasText(title));
    }
}
