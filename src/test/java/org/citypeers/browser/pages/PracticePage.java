package org.citypeers.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A practice's page ({@code /practices/{id}}): its text, status, history and the buttons the person may use now. */
public final class PracticePage {

    private final Page page;

    public PracticePage(Page page) {
        this.page = page;
        page.locator("#practice-title").waitFor();
    }

    public String path() {
        return page.url().replaceAll("^https?://[^/]+/", "");
    }

    public Locator title() {
        return page.locator("#practice-title");
    }

    /** The status badge (absent once the practice is published). */
    public Locator status() {
        return page.locator("#practice-status");
    }

    public Locator history() {
        return page.locator("#practice-history");
    }

    /** The lifecycle buttons shown to the signed-in person. */
    public Locator actions() {
        return page.locator("#practice-actions vaadin-button");
    }

    public PracticePage submitForValidation() {
        return click("Submit for validation");
    }

    public PracticePage validate() {
        return click("Validate");
    }

    public PracticePage publish() {
        return click("Publish");
    }

    private PracticePage click(String button) {
        page.locator("#practice-actions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
        return this;
    }
}
