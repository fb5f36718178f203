package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.UUID;
import org.citypeers.browser.pages.LibraryPage;
import org.citypeers.browser.pages.PracticeFormPage;
import org.citypeers.browser.pages.PracticePage;
import org.citypeers.browser.pages.ValidationQueuePage;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's journey on a 390-px phone, all in the browser: a coordinator describes a practice in the form and
 * submits it; an expert finds it in the validation queue and validates it; the manager of its programme
 * publishes it from the queue (experts, the programme's managers and admins may publish, see
 * {@code PracticeService#publish}); an anonymous visitor then finds it by searching the library and opens it.
 */
class PracticeJourneyTest extends BrowserTest {

    @Test
    void an_expert_validates_a_submitted_practice_and_an_anonymous_visitor_then_finds_it_in_the_library() {
        // a word of its own, so that the search finds this practice and no other of the shared database
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String title = "Seniors teach pupils old crafts " + word;

        // 1. the coordinator describes the practice and submits it
        signIn("coordinator@citypeers.eu");
        PracticePage practice = PracticeFormPage.fromHome(page)
                .title(title)
                .summary("Every Saturday older residents teach weaving and woodwork to pupils in the town museum.")
                .description("Retired craftspeople of Tauragė and pupils of two schools meet in the museum's workshop. "
                        + "The pupils learn weaving, woodwork and ceramics; the seniors find company and a role.")
                .theme("Ageing and older people")
                .theme("Intangible heritage")
                .programme("BSR Cultural Pearls")
                .save();
        assertThat(practice.title()).hasText(title);
        assertThat(practice.status()).hasText("Draft");
        noHorizontalScroll();
        practice.submitForValidation();
        assertThat(practice.status()).hasText("Submitted");
        String path = practice.path();
        screenshot("practice-submitted-phone");

        // ... which nobody outside finds yet
        signOut();
        open("practices");
        new LibraryPage(page).search(word);
        assertThat(new LibraryPage(page).empty()).isVisible();

        // 2. an expert validates it from the validation queue
        signIn("expert@citypeers.eu");
        assertThat(page.locator("#home-validation")).containsText("wait for validation");
        ValidationQueuePage queue = ValidationQueuePage.fromHome(page);
        practice = queue.open(queue.waitingForValidation(title));
        assertThat(practice.title()).hasText(title);
        noHorizontalScroll();
        practice.validate();
        assertThat(practice.status()).hasText("Validated");
        assertThat(practice.history()).containsText("Validated");

        // 3. the manager of its programme publishes it from the queue
        signIn("manager@citypeers.eu");
        queue = ValidationQueuePage.fromHome(page);
        assertThat(queue.waitingForValidation(title)).hasCount(0);
        practice = queue.open(queue.waitingForPublication(title));
        practice.publish();
        assertThat(practice.status()).hasCount(0);
        assertThat(practice.history()).containsText("Published");
        screenshot("practice-published-phone");

        // 4. an anonymous visitor searches the library, finds it and opens it
        signOut();
        open("practices");
        LibraryPage library = new LibraryPage(page).search("weaving " + word);
        assertThat(library.hit(title)).isVisible();
        assertThat(library.hit(title).locator("mark", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("weaving")).first())
                .isVisible();
        noHorizontalScroll();
        practice = library.open(title);
        assertThat(practice.title()).hasText(title);
        assertThat(practice.history()).containsText("Validated");
        assertThat(practice.actions()).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(practice.path()).isEqualTo(path);
        noHorizontalScroll();
    }

    /** A fresh phone-sized browser (no cookies), signed in as the demo account. */
    private void signIn(String email) {
        signOut();
        loginAsDemo(email);
    }

    /** A fresh phone-sized browser without a session: an anonymous visitor. */
    private void signOut() {
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
}
