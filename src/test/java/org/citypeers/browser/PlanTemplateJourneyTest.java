package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.citypeers.demo.DemoAccounts;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanTemplateService;
import org.citypeers.plan.PlanTestSupport;
import org.citypeers.programme.Programme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The programme manager opens the plan template from the programme's page and makes "Risks" required
 * (and, with the keyboard only, "Monitoring"); Rūta, who is writing Tauragė's plan in that programme,
 * then sees both as required in her plan editor.
 */
class PlanTemplateJourneyTest extends BrowserTest {

    @Autowired PlanTestSupport support;
    @Autowired PlanTemplateService templates;

    private BrowserContext coordinatorContext;

    @AfterEach
    void closeCoordinator() {
        if (coordinatorContext != null) {
            coordinatorContext.close();
        }
    }

    @Test
    void a_section_the_manager_makes_required_is_required_in_the_coordinators_plan() {
        Programme programme = support.newProgrammeWithTaurage();
        ActionPlan plan = support.newTauragePlan(programme.getId());

        loginAsDemo("manager@citypeers.eu");
        open("programmes/" + programme.getId());
        assertThat(page.locator("#template-summary")).containsText("Risks");
        page.locator("#edit-plan-template").click();
        assertThat(page.locator("#template-title")).containsText(programme.getShortName());
        assertThat(page.locator("#template-default-note")).isVisible();

        page.locator("#require-RISKS").click();
        assertThat(page.locator("#include-RISKS")).hasAttribute("checked", "");
        page.locator("#require-MONITORING input").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#require-MONITORING")).hasAttribute("checked", "");
        page.locator("#save-template").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Template saved");
        assertThat(templates.forProgramme(programme.getId()).isRequired(PlanSectionKind.RISKS)).isTrue();
        assertThat(templates.forProgramme(programme.getId()).isRequired(PlanSectionKind.MONITORING)).isTrue();

        // readable on a phone: nothing sticks out sideways
        page.setViewportSize(390, 844);
        page.reload();
        page.locator("#template-title").waitFor();
        screenshot("plan-template-phone");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        Page ruta = signIn("coordinator@citypeers.eu");
        ruta.navigate(url("plans/" + plan.getId()));
        ruta.locator("#plan-title").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(30_000));
        assertThat(ruta.locator("#tab-RISKS")).containsText("*");
        assertThat(ruta.locator("#tab-MONITORING")).containsText("*");
        assertThat(ruta.locator("#tab-SUMMARY")).not().containsText("*");
        ruta.locator("#tab-RISKS").click();
        assertThat(ruta.locator("vaadin-tabsheet .cp-badge:visible").first()).hasText("Required");
        assertThat(ruta.locator("#overall-text")).containsText("required sections still incomplete");
    }

    private Page signIn(String email) {
        coordinatorContext = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("en-GB"));
        coordinatorContext.setDefaultTimeout(15_000);
        Page p = coordinatorContext.newPage();
        p.navigate(url("login"));
        p.locator("vaadin-login-form input[name='username']").fill(email);
        p.locator("vaadin-login-form input[name='password']").fill(DemoAccounts.PASSWORD);
        p.locator("vaadin-login-form input[name='password']").press("Enter");
        p.waitForURL(u -> !u.contains("/login"));
        p.locator("#home-title").waitFor();
        return p;
    }
}
