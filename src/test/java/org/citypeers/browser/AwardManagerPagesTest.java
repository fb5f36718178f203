package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The programme manager's award pages in a real browser: the home card, the decision board and the rules form. */
class AwardManagerPagesTest extends BrowserTest {

    @Test
    void the_manager_reaches_the_decision_board_from_home_and_sees_each_rule_as_met_or_not_in_words() {
        loginAsDemo("manager@citypeers.eu");
        assertThat(page.locator("#home-awards")).containsText("BSR Cultural Pearls");
        page.locator("#home-awards a").first().click();
        assertThat(page.locator("#decisions-title")).containsText("BSR Cultural Pearls");
        assertThat(page.locator("#rules-summary")).containsText("BSR Cultural Pearl 2027");
        var kuldiga = page.locator("[id^=assessment-]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kuldīga"));
        assertThat(kuldiga).hasCount(1);
        assertThat(kuldiga.locator("[data-rule=MIN_REVIEWS]")).hasAttribute("data-outcome", "NOT_MET");
        assertThat(kuldiga.locator("[data-rule=MIN_REVIEWS]")).containsText("✗");
        assertThat(kuldiga.locator("[data-rule=MIN_REVIEWS]")).containsText("Not met");
        assertThat(kuldiga.locator("[data-rule=CITY_NOT_EXCLUDED]")).containsText("✓");
        assertThat(kuldiga.locator("[data-rule=CITY_NOT_EXCLUDED]")).containsText("Met");
        assertThat(kuldiga).containsText("Not eligible");
        assertThat(kuldiga.locator("button")).hasCount(0);
        screenshot("award-decision-board");

        page.locator("#edit-award-rules").click();
        assertThat(page.locator("#rules-title input")).hasValue("BSR Cultural Pearl");
        assertThat(page.locator("#rules-preview")).containsText("BSR Cultural Pearl 2027");
        page.locator("#rules-min-score input").fill("150");
        page.locator("#save-rules").click();
        assertThat(page.locator("#rules-min-score")).hasAttribute("invalid", "");
        assertThat(page.locator("#rules-min-score")).containsText("Enter a value between 0 and 100");
        screenshot("award-rules-form");
    }

    @Test
    void a_city_coordinator_is_kept_out_of_the_decision_board() {
        loginAsDemo("coordinator@citypeers.eu");
        open("programmes/1/award-decisions");
        assertThat(page.locator("#decisions-title")).hasCount(0);
        assertThat(page.locator("#home-awards")).hasCount(0);
    }
}
