package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.citypeers.demo.DemoAccounts;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators of Tauragė edit the same plan at once, in two browsers (Rūta on a laptop, Jonas on a
 * phone): different sections both save; when both change the same section, Jonas sees Rūta's text next
 * to his own and keeps both. Nobody loses text.
 */
class PlanCoEditingJourneyTest extends BrowserTest {

    @Autowired PlanService plans;
    @Autowired PlanTestSupport support;

    private BrowserContext phoneContext;

    @AfterEach
    void closePhone() {
        if (phoneContext != null) {
            phoneContext.close();
        }
    }

    private Page signIn(BrowserContext ctx, String email) {
        Page p = ctx.newPage();
        p.navigate(url("login"));
        p.locator("vaadin-login-form input[name='username']").fill(email);
        p.locator("vaadin-login-form input[name='password']").fill(DemoAccounts.PASSWORD);
        p.locator("vaadin-login-form input[name='password']").press("Enter");
        p.waitForURL(u -> !u.contains("/login"));
        p.locator("#home-title").waitFor();
        return p;
    }

    private static void type(Page p, PlanSectionKind kind, String text) {
        p.locator("#tab-" + kind.name()).click();
        p.locator("#section-text-" + kind.name() + " textarea").fill(text);
    }

    private static void waitSaved(Page p, PlanSectionKind kind) {
        assertThat(p.locator("#save-state-" + kind.name() + "[data-state='saved']:not([data-dirty]) .cp-state-text")).containsText("Saved at");
    }

    @Test
    void two_coordinators_edit_the_same_plan_at_once_without_losing_either_text() {
        ActionPlan plan = support.newTauragePlan();
        String path = "plans/" + plan.getId();

        loginAsDemo("coordinator@citypeers.eu");
        Page ruta = page;
        Browser browser = context.browser();
        phoneContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB")
                .setIsMobile(true).setHasTouch(true));
        phoneContext.setDefaultTimeout(15_000);
        Page jonas = signIn(phoneContext, "coordinator2@citypeers.eu");

        ruta.navigate(url(path));
        jonas.navigate(url(path));
        try {
            assertThat(ruta.locator("#plan-title")).containsText("Tauragė", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        } catch (AssertionError e) {
            screenshot("plan-coediting-failure");
            System.err.println("URL: " + ruta.url() + "\n" + ruta.content().substring(0, Math.min(3000, ruta.content().length())));
            throw e;
        }
        assertThat(jonas.locator("#plan-title")).containsText("Tauragė", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        // different sections: both save; while Rūta types, her editor says so
        ruta.locator("#tab-VISION").click();
        ruta.locator("#section-text-VISION textarea").pressSequentially("Rūtos vizija: ",
                new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(60));
        assertThat(ruta.locator("#save-state-VISION .cp-dirty-text")).isVisible();
        assertThat(ruta.locator("#plan-save-state .cp-dirty-text")).isVisible();
        ruta.locator("#section-text-VISION textarea").pressSequentially("jaunimas ir senjorai kuria kartu.");
        type(jonas, PlanSectionKind.RISKS, "Jono rizikos: trūksta savanorių žiemą.");
        waitSaved(ruta, PlanSectionKind.VISION);
        waitSaved(jonas, PlanSectionKind.RISKS);

        // the same section: Rūta saves first, Jonas (who loaded the old version) gets the conflict
        type(ruta, PlanSectionKind.CONTEXT, "Rūtos kontekstas: 22 000 gyventojų.");
        waitSaved(ruta, PlanSectionKind.CONTEXT);
        type(jonas, PlanSectionKind.CONTEXT, "Jono kontekstas: pilis ir upės parkas.");
        jonas.locator("#section-text-CONTEXT textarea").press("Tab");

        assertThat(jonas.locator("#conflict-theirs textarea")).hasValue("Rūtos kontekstas: 22 000 gyventojų.");
        assertThat(jonas.locator("#conflict-mine textarea")).hasValue("Jono kontekstas: pilis ir upės parkas.");
        assertThat(jonas.locator("#save-state-CONTEXT .cp-state-text")).containsText("Conflict");
        jonas.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", "plan-conflict-phone.png")));
        jonas.locator("#conflict-combine").click();
        waitSaved(jonas, PlanSectionKind.CONTEXT);
        assertThat(jonas.locator("#plan-save-state:not([data-dirty]) .cp-state-text")).containsText("All changes saved");

        // nothing lost: the database has both texts, and Rūta sees them after reloading
        support.as("coordinator@citypeers.eu", () -> {
            assertThat(plans.section(plan.getId(), PlanSectionKind.CONTEXT).getText())
                    .contains("Rūtos kontekstas: 22 000 gyventojų.").contains("Jono kontekstas: pilis ir upės parkas.");
            assertThat(plans.section(plan.getId(), PlanSectionKind.VISION).getText()).isEqualTo("Rūtos vizija: jaunimas ir senjorai kuria kartu.");
            assertThat(plans.section(plan.getId(), PlanSectionKind.RISKS).getText()).isEqualTo("Jono rizikos: trūksta savanorių žiemą.");
        });
        ruta.reload();
        ruta.locator("#tab-CONTEXT").click();
        assertThat(ruta.locator("#section-text-CONTEXT textarea")).hasValue(
                "Rūtos kontekstas: 22 000 gyventojų.\n\nJono kontekstas: pilis ir upės parkas.");

        screenshot("plan-editor-laptop");
        jonas.locator("#tab-ACTIONS").click();
        assertThat(jonas.locator("#recommendations")).isVisible();
        jonas.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target", "screenshots", "plan-actions-phone.png")));
        // the editor fits a 390-px phone without sideways scrolling
        Object overflow = jonas.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
