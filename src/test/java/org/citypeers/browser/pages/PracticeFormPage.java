package org.citypeers.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The practice form ({@code /practices/new/edit}) as a coordinator fills it for their city. */
public final class PracticeFormPage {

    private final Page page;

    public PracticeFormPage(Page page) {
        this.page = page;
        page.locator("#practice-title-field").waitFor();
    }

    /** From the coordinator's home page: "Describe a new good practice". */
    public static PracticeFormPage fromHome(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Describe a new good practice")).click();
        return new PracticeFormPage(page);
    }

    public PracticeFormPage title(String title) {
        field("Title").fill(title);
        return this;
    }

    public PracticeFormPage summary(String summary) {
        field("Summary").fill(summary);
        return this;
    }

    public PracticeFormPage description(String description) {
        field("Description").fill(description);
        return this;
    }

    /** Adds a theme of the taxonomy by its label. */
    public PracticeFormPage theme(String label) {
        VaadinFields.pick(page, field("Themes"), label);
        page.keyboard().press("Escape");
        return this;
    }

    /** The programme the practice came from, by its short name. */
    public PracticeFormPage programme(String shortName) {
        VaadinFields.pick(page, field("Programme"), shortName);
        return this;
    }

    /** Saves, and lands on the practice's page (the first save may load the language detector: slow). */
    public PracticePage save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        page.waitForURL(u -> u.matches(".*/practices/\\d+$"), new Page.WaitForURLOptions().setTimeout(60_000));
        return new PracticePage(page);
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
