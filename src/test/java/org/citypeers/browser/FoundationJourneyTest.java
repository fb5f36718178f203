package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.citypeers.demo.DemoAccounts;
import org.junit.jupiter.api.Test;

/** The foundation seen through a real browser: sign-in per role, public pages, access control, languages. */
class FoundationJourneyTest extends BrowserTest {

    @Test
    void each_demo_role_signs_in_and_lands_on_its_home_page() {
        for (DemoAccounts.Account a : java.util.List.of(DemoAccounts.ALL.get(0), DemoAccounts.ALL.get(1),
                DemoAccounts.ALL.get(2), DemoAccounts.ALL.get(4))) {
            context.clearCookies();
            loginAsDemo(a.email());
            assertThat(page.locator("#home-title")).containsText(a.name());
            assertThat(page.locator("#home-roles")).containsText(switch (a.role()) {
                case "ADMIN" -> "Administrator";
                case "PROGRAMME_MANAGER" -> "Programme manager";
                case "EXPERT" -> "Expert";
                default -> "City coordinator";
            });
            if (a.role().equals("ADMIN")) {
                assertThat(page.locator("#home-accounts")).isVisible();
                assertThat(page.locator("vaadin-side-nav-item[path='admin/users']")).isVisible();
            } else {
                assertThat(page.locator("vaadin-side-nav-item[path='admin/users']")).hasCount(0);
            }
            if (a.role().equals("CITY_COORDINATOR")) {
                assertThat(page.locator("#home-my-city")).containsText("Tauragė");
            }
            page.locator("#logout-button").click();
            assertThat(page.locator("#login-link")).isVisible();
        }
    }

    @Test
    void anonymous_visitor_sees_programmes_and_is_sent_to_login_for_admin_pages() {
        open("programmes");
        assertThat(page.locator("text=Baltic Sea Region Cultural Pearls for More Resilient Cities and Regions")).isVisible();
        page.locator("a:has-text('Baltic Sea Region Cultural Pearls')").click();
        assertThat(page.locator("#partners-grid")).isVisible();
        assertThat(page.locator("text=Innovative and holistic approach")).isVisible();

        open("admin/users");
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void a_wrong_password_shows_a_message() {
        submitLogin("admin@citypeers.eu", "not-the-password");
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Wrong e-mail or password");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.citypeers.security.UserAccountRepository accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while_even_for_the_right_password() {
        var throwaway = new org.citypeers.security.UserAccount("Lock Test", "lock-test@example.org", encoder.encode("right-password-1"));
        throwaway.setRoles(java.util.List.of("EXPERT"));
        accounts.save(throwaway);
        for (int i = 0; i < 5; i++) {
            submitLogin("lock-test@example.org", "wrong-password-" + i);
            page.waitForURL(u -> u.contains("error"));
        }
        submitLogin("lock-test@example.org", "right-password-1");
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Too many attempts");
    }

    @Test
    void switching_the_language_changes_the_shell_text() {
        open("");
        assertThat(page.locator("vaadin-side-nav-item[path='programmes']")).containsText("Programmes");
        page.locator("#language-switcher").click();
        page.locator("vaadin-select-item:has-text('Polski')").click();
        page.waitForLoadState();
        assertThat(page.locator("vaadin-side-nav-item[path='programmes']")).containsText("Programy");
        // the choice is remembered on the next visit
        open("programmes");
        assertThat(page.locator("vaadin-side-nav-item[path='programmes']")).containsText("Programy");
    }
}
