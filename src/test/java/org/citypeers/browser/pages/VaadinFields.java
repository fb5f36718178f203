package org.citypeers.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;

/** How a person works the Vaadin fields that are not plain inputs: selects and combo boxes. */
public final class VaadinFields {

    private VaadinFields() {}

    /** Picks an option of a {@code vaadin-select}; opens it again if the first click came before the overlay was ready. */
    public static void choose(Page page, Locator select, String option) {
        for (int attempt = 1; ; attempt++) {
            select.click();
            try {
                // the options live inside their select (Vaadin 25), so look for them there, not page-wide
                select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(option).setExact(true))
                        .click(new Locator.ClickOptions().setTimeout(4_000));
                return;
            } catch (PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
    }

    /** Types into a (multi-select) combo box's input and picks the item with exactly this label. */
    public static void pick(Page page, Locator input, String label) {
        input.fill(label);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }
}
