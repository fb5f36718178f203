package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.citypeers.plan.Indicator;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole story of issue 4 in real Chromium: a coordinator drafts and submits a plan with a linked
 * practice; the manager assigns two experts; both comment and score; the manager asks for changes; the
 * coordinator answers and resubmits; the manager awards the title; an anonymous visitor sees the city on
 * the public page and opens the certificate.
 *
 * <p>Only the long writing of the required sections is done through the plan service (as the coordinator),
 * between the coordinator starting the plan in the browser and continuing it there; every decision and
 * every step the issue names is clicked in the browser.
 */
class AwardStoryJourneyTest extends BrowserTest {

    static final String COORDINATOR = ReviewTestSupport.COORDINATOR;
    static final String MANAGER = ReviewTestSupport.MANAGER;
    static final String EXPERT = ReviewTestSupport.EXPERT;
    static final String EXPERT2 = ReviewTestSupport.EXPERT2;

    @Autowired ReviewTestSupport people;
    @Autowired PlanService plans;
    @Autowired ReviewService reviews;
    @Autowired ActionPlanRepository planRepository;
    @Autowired ProgrammeRepository programmes;
    @Autowired TransactionTemplate tx;

    @Test
    void a_plan_goes_from_draft_through_review_to_the_title_and_the_public_certificate() throws Exception {
        int round = 2031 + (int) (System.nanoTime() % 8);
        Long pearls = programmes.findByShortNameIgnoreCase("BSR Cultural Pearls").orElseThrow().getId();

        // 1. the coordinator starts the plan
        signIn(COORDINATOR);
        open("plans");
        page.locator("#start-plan").click();
        Locator programme = page.locator("#start-programme input");
        if (programme.inputValue().isBlank()) {
            programme.fill("BSR Cultural Pearls");
            page.locator("vaadin-combo-box-item:has-text('BSR Cultural Pearls')").first().click();
        }
        page.locator("#start-round input").fill(String.valueOf(round));
        page.locator("#start-round input").press("Tab");
        page.locator("#start-create").click();
        page.waitForURL(u -> u.matches(".*/plans/\\d+$"));
        long planId = Long.parseLong(page.url().replaceAll(".*/plans/", ""));
        assertThat(page.locator("#plan-title")).containsText("Tauragė");

        // (the long texts of the required sections, written as the coordinator through the plan service)
        writeRequiredSections(planId);
        page.reload();

        // ... the English summary typed in the editor
        page.locator("#tab-SUMMARY").click();
        page.locator("#section-text-SUMMARY textarea").fill("Tauragė turns its empty mill into a cultural workshop run with its young people.");
        page.locator("#save-now").click();
        assertThat(page.locator("#save-state-SUMMARY")).not().containsText("Unsaved", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

        // ... a recommended practice linked to the action in one step
        page.locator("#tab-ACTIONS").click();
        Locator link = page.locator("#recommendations [id^=link-practice-]").first();
        link.waitFor();
        link.click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Dirbtuvės");
        int linked = people.as(COORDINATOR, () -> plans.actions(planId).get(0).getPractices().size());
        assertThat(linked).isEqualTo(1);

        // ... and submitted
        page.locator("#workflow-submitted").click();
        page.locator("#workflow-confirm").click();
        assertThat(page.locator("#plan-status")).containsText("Submitted");
        screenshot("story-1-submitted");

        // 2. the manager assigns two experts
        signIn(MANAGER);
        open("plans/" + planId);
        page.locator("#open-assign").click();
        page.locator("#assign-" + people.account(EXPERT).getId()).click();
        assertThat(page.locator("#assigned-experts")).containsText("Erik Expert");
        page.locator("#assign-" + people.account(EXPERT2).getId()).click();
        assertThat(page.locator("#assigned-experts")).containsText("Eeva Expert");
        page.locator("#assign-close").click();

        // 3. both experts comment and score
        for (String expert : List.of(EXPERT, EXPERT2)) {
            signIn(expert);
            open("reviews/" + planId);
            assertThat(page.locator("#review-title")).containsText("Tauragė");
            page.locator("vaadin-text-area.cp-comment-new-text textarea").fill("How will the mill stay open in winter? (" + expert + ")");
            page.locator("vaadin-button.cp-comment-post").click();
            assertThat(page.locator(".cp-comment-body", new Page.LocatorOptions().setHasText("(" + expert + ")"))).isVisible();
            for (ReviewService.Criterion c : people.as(ReviewTestSupport.ADMIN, () -> reviews.criteria(planId))) {
                choose("#score-" + c.id(), "7");
                page.locator("#justification-" + c.id() + " textarea").fill("Convincing: " + c.name());
            }
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Award").setExact(true)).check();
            page.locator("#submit-review").click();
            page.getByText("Submit your review now?").waitFor();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit review").setExact(true)).last().click();
            assertThat(page.locator("#score-summary")).containsText("70");
        }

        // 4. the manager asks for changes
        signIn(MANAGER);
        open("plans/" + planId);
        page.locator("#workflow-changes_requested").click();
        page.locator("#workflow-reason textarea").fill("Please answer the experts' questions about the winter.");
        page.locator("#workflow-confirm").click();
        assertThat(page.locator("#plan-status")).containsText("Changes requested");

        // 5. the coordinator answers and resubmits
        signIn(COORDINATOR);
        open("plans/" + planId);
        Locator answer = page.locator("vaadin-text-area.cp-comment-answer textarea").first();
        answer.fill("The mill is heated from October; the youth council runs it.");
        page.locator("vaadin-button.cp-comment-send").first().click();
        assertThat(page.locator(".cp-comment-body", new Page.LocatorOptions().setHasText("the youth council runs it")).first()).isVisible();
        page.locator("#workflow-resubmitted").click();
        page.locator("#workflow-confirm").click();
        assertThat(page.locator("#plan-status")).containsText("Resubmitted");
        screenshot("story-5-resubmitted");

        // 6. the manager awards the title
        signIn(MANAGER);
        open("programmes/" + pearls + "/award-decisions");
        Locator card = page.locator("#assessment-" + planId);
        assertThat(card.locator("[data-rule=MIN_REVIEWS]")).hasAttribute("data-outcome", "MET");
        assertThat(card.locator("[data-rule=MIN_SCORE]")).containsText("70 points");
        assertThat(card.locator("[data-rule=SECTIONS_COMPLETE]")).containsText("✓");
        page.locator("#award-plan-" + planId).click();
        page.locator("#award-dialog-text textarea").fill("Tauragė gives its young people a warm place in the old mill, all year round.");
        page.locator("#award-dialog-confirm").click();
        assertThat(page.locator("#standing-" + planId)).containsText("Awarded");
        screenshot("story-6-awarded");

        // 7. an anonymous visitor sees the city and opens the certificate
        context.clearCookies();
        open("awards");
        Locator awarded = page.locator("#awards-list .cp-card", new Page.LocatorOptions().setHasText("a warm place in the old mill"));
        assertThat(awarded).containsText("Tauragė");
        assertThat(awarded).containsText("BSR Cultural Pearl 2027");
        assertThat(awarded).containsText("Tauragė turns its empty mill into a cultural workshop");
        awarded.locator("a[id^=award-details-]").click();
        assertThat(page.locator("#award-city")).hasText("Tauragė");
        Download download = page.waitForDownload(() -> page.locator("#award-certificate").click());
        byte[] pdf = Files.readAllBytes(download.path());
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(text).contains("BSR Cultural Pearl 2027").contains("Tauragė").contains("warm place in the old mill");
        screenshot("story-7-public");
    }

    /** Picks a value in a Vaadin select; opens the overlay again if the first click came before it was ready. */
    private void choose(String select, String value) {
        for (int attempt = 1; ; attempt++) {
            page.locator(select).click();
            try {
                // the options live inside their select (Vaadin 25), so look for them there, not page-wide
                page.locator(select).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(value).setExact(true))
                        .click(new Locator.ClickOptions().setTimeout(4_000));
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
    }

    private void signIn(String email) {
        context.clearCookies();
        loginAsDemo(email);
    }

    private void writeRequiredSections(long planId) {
        people.as(COORDINATOR, () -> {
            PlanTemplate t = plans.templateOf(planId);
            String context = "Tauragė yra nedidelis miestas vakarų Lietuvoje. Jaunimas išvyksta į Klaipėdą ir Vilnių, "
                    + "centre stovi tušti pramoniniai pastatai, o kultūriniame gyvenime dalyvauja nedaug žmonių. ";
            for (PlanSection s : plans.sections(planId)) {
                SectionContent c = switch (s.getKind()) {
                    case CHALLENGES -> new SectionContent("Young people leave the town; empty industrial buildings in the centre; "
                            + "few residents take part in cultural life; ageing population. " + context, List.of("ageing"), List.of(), Map.of());
                    case QUESTIONNAIRE -> {
                        Map<Long, Integer> answers = new HashMap<>();
                        t.getQuestions().forEach(q -> answers.put(q.getId(), q.getScaleMax() - 1));
                        yield new SectionContent(null, List.of(), List.of(), answers);
                    }
                    case STAKEHOLDERS -> new SectionContent(null, List.of(), List.of(
                            new Stakeholder("Tauragės kultūros centras", "Veiksmų koordinatorius", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                            new Stakeholder("Jaunimo taryba", "Bendrakūrėjai", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH),
                            new Stakeholder("Savivaldybė", "Finansuoja", Stakeholder.Level.HIGH, Stakeholder.Level.MEDIUM)), Map.of());
                    case ACTIONS, SUMMARY -> null;
                    default -> SectionContent.ofText(context.repeat(2) + s.getKind());
                };
                if (c != null) {
                    plans.saveSection(planId, s.getKind(), s.getVersion(), c);
                }
            }
            plans.addAction(planId, new ActionData("Dirbtuvės senajame malūne", "Apleistas malūnas tampa jaunimo kūrybinėmis dirbtuvėmis.",
                    "Sulaikyti jaunimą", "Tauragės kultūros centras", "Jaunimo taryba", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30),
                    45_000L, "Interreg BSR", List.of(new Indicator("Dalyviai per metus", "120", "600")), List.of()));
        });
    }
}
