package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * On a 390-px phone: a coordinator describes and submits a practice, an expert validates and publishes it
 * from the queue, and a visitor then opens it (the search journey finds it in the library).
 */
class PracticeJourneyTest extends BrowserTest {

    private void phone() {
        Browser b = context.browser();
        context.close();
        context = b.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    private void noHorizontalScroll() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(fits).as("page fits a 390-px screen").isEqualTo(true);
    }

    @Test
    void a_coordinator_submits_a_practice_and_an_expert_validates_and_publishes_it_on_a_phone() {
        String title = "Seniors teach pupils old crafts " + UUID.randomUUID().toString().substring(0, 6);
        phone();
        loginAsDemo("coordinator@citypeers.eu");
        open("practices/new/edit");
        page.locator("#practice-title-field input").fill(title);
        page.locator("#practice-summary-field textarea").fill("Every Saturday older residents teach weaving and woodwork to pupils.");
        noHorizontalScroll();
        page.locator("#save-practice").click();
        // the first save may load the language detector's models (several seconds on a busy machine)
        page.locator("#practice-submit").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        page.locator("#practice-submit").click();
        assertThat(page.locator("#practice-status")).hasText("Submitted");
        String path = page.url().substring(page.url().indexOf("/practices/") + 1);
        screenshot("practice-submitted-phone");

        phone();
        loginAsDemo("expert@citypeers.eu");
        assertThat(page.locator("#home-validation")).containsText("wait for validation");
        open("validation");
        page.locator("#queue-submitted a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#practice-title")).hasText(title);
        noHorizontalScroll();
        page.locator("#practice-validate").click();
        assertThat(page.locator("#practice-status")).hasText("Validated");
        page.locator("#practice-publish").click();
        assertThat(page.locator("#practice-status")).hasCount(0);
        assertThat(page.locator("#practice-history")).containsText("Published");
        screenshot("practice-published-phone");

        phone();
        open(path);
        assertThat(page.locator("#practice-title")).hasText(title);
        assertThat(page.locator("#practice-history")).containsText("Validated");
        noHorizontalScroll();
    }
}
