package org.citypeers.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The public good-practice library ({@code /practices}): a search box, facets and the found practices. */
public final class LibraryPage {

    private final Page page;

    public LibraryPage(Page page) {
        this.page = page;
        page.locator("#library-search").waitFor();
    }

    /** Types the words into the search box and sends them with Enter. */
    public LibraryPage search(String words) {
        Locator box = page.locator("#library-search input");
        box.fill(words);
        box.press("Enter");
        return this;
    }

    /** The found practice with this title. */
    public Locator hit(String title) {
        return page.locator("#library-results .cp-hit", new Page.LocatorOptions().setHasText(title));
    }

    /** "No published practice matches ..." */
    public Locator empty() {
        return page.locator("#library-empty");
    }

    public PracticePage open(String title) {
        hit(title).locator("a.cp-hit-title").click();
        return new PracticePage(page);
    }
}
