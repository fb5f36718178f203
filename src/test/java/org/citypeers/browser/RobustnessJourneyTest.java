package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What people reach for by accident or on purpose: bad addresses, pages that are not theirs, small screens. */
class RobustnessJourneyTest extends BrowserTest {

    @Test
    void bad_or_unknown_addresses_show_a_friendly_page_without_a_stack_trace() {
        loginAsDemo("expert@citypeers.eu");
        for (String path : List.of("programmes/not-a-number", "programmes/99999999", "programmes/99999999999999999999999",
                "cities/-1", "no/such/page")) {
            open(path);
            assertThat(page.locator("h1")).containsText("Page not found");
            assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void visitors_reaching_for_unknown_or_protected_addresses_are_asked_to_sign_in_and_see_no_internals() {
        open("no/such/page");
        assertThat(page.locator("h1")).containsText("Page not found");
        for (String path : List.of("cities/1", "admin/users")) {
            open(path);
            assertThat(page.locator("vaadin-login-form")).isVisible();
            assertThat(page.content()).doesNotContain("Exception");
        }
    }

    @Test
    void a_coordinator_cannot_open_the_user_administration() {
        loginAsDemo("coordinator@citypeers.eu");
        open("admin/users");
        assertThat(page.locator("#users-grid")).hasCount(0);
        assertThat(page.content()).doesNotContain("admin@citypeers.eu");
    }

    @Test
    void a_coordinator_cannot_edit_another_citys_profile_through_the_address_bar() {
        loginAsDemo("coordinator@citypeers.eu");
        open("cities");
        page.locator("vaadin-grid-cell-content:visible a:text-is('Lublin')").click();
        page.waitForURL(u -> u.matches(".*/cities/\\d+$"));
        assertThat(page.locator("#edit-city")).hasCount(0);
        open(page.url().replaceFirst("^https?://[^/]+/", "") + "/edit");
        assertThat(page.locator("#save-city")).hasCount(0);
        assertThat(page.locator("h1")).containsText("Not allowed");
    }

    @Test
    void public_pages_fit_a_phone_screen_without_sideways_scrolling() {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        page = context.newPage();
        for (String path : List.of("", "programmes", "programmes/1", "login")) {
            open(path);
            page.waitForTimeout(300);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on /" + path).isLessThanOrEqualTo(0);
        }
        screenshot("phone-programme");
    }

    @Test
    void the_language_switcher_works_with_the_keyboard_alone() {
        open("programmes");
        page.locator("#language-switcher").waitFor();
        page.locator("a:has-text('Baltic Sea Region Cultural Pearls')").first().waitFor();
        boolean focused = false;
        for (int i = 0; i < 25 && !focused; i++) {
            page.keyboard().press("Tab");
            focused = (Boolean) page.evaluate("() => !!(document.activeElement && document.activeElement.closest('#language-switcher'))");
        }
        assertThat(focused).as("the language switcher is reachable with Tab").isTrue();
        page.keyboard().press("ArrowDown");
        page.locator("vaadin-select-item:has-text('Deutsch')").waitFor();
        page.locator("vaadin-select-item:has-text('Deutsch')").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-side-nav-item[path='programmes']")).containsText("Programme");
        assertThat(page.locator("#login-link")).containsText("Anmelden");
    }
}
