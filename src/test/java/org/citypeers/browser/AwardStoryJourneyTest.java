package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import static org.citypeers.plan.PlanSectionKind.ACTIONS;
import static org.citypeers.plan.PlanSectionKind.CHALLENGES;
import static org.citypeers.plan.PlanSectionKind.CONTEXT;
import static org.citypeers.plan.PlanSectionKind.MONITORING;
import static org.citypeers.plan.PlanSectionKind.QUESTIONNAIRE;
import static org.citypeers.plan.PlanSectionKind.RISKS;
import static org.citypeers.plan.PlanSectionKind.STAKEHOLDERS;
import static org.citypeers.plan.PlanSectionKind.SUMMARY;
import static org.citypeers.plan.PlanSectionKind.VISION;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.citypeers.browser.pages.ActionFormPage;
import org.citypeers.browser.pages.PlanEditorPage;
import org.citypeers.browser.pages.VaadinFields;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The whole story of issue 4 in real Chromium: a coordinator drafts and submits a plan with a linked
 * practice; the manager assigns two experts; both comment and score; the manager asks for changes; the
 * coordinator answers and resubmits; the manager awards the title; an anonymous visitor sees the city on
 * the public page and opens the certificate.
 *
 * <p>Every step is taken in the browser, none through a service: the coordinator starts the plan in a round of
 * its own, writes every required section in the plan editor watching the completeness meters fill, links a
 * recommended practice to the action and submits with the button.
 */
class AwardStoryJourneyTest extends BrowserTest {

    static final String COORDINATOR = ReviewTestSupport.COORDINATOR;
    static final String MANAGER = ReviewTestSupport.MANAGER;
    static final String EXPERT = ReviewTestSupport.EXPERT;
    static final String EXPERT2 = ReviewTestSupport.EXPERT2;

    @Test
    void a_plan_goes_from_draft_through_review_to_the_title_and_the_public_certificate() throws Exception {
        // a round of its own: one plan per city, programme and round, and the tests share one database
        int round = 2031 + (int) Math.floorMod(System.nanoTime(), 8L);

        // 1. the coordinator starts the plan and writes every required section in the editor
        signIn(COORDINATOR);
        open("plans");
        PlanEditorPage editor = PlanEditorPage.start(page, "BSR Cultural Pearls", round);
        long planId = editor.planId();
        assertThat(editor.title()).containsText("Tauragė");
        assertThat(editor.overallCompleteness()).containsText("0 % complete");

        editor.write(SUMMARY, "Tauragė turns its empty mill into a cultural workshop run with its young people, where older "
                + "residents teach the old crafts and the youth council plans the programme.");
        editor.write(CONTEXT, "Tauragė yra nedidelis miestas vakarų Lietuvoje, turintis apie 22 000 gyventojų. Jaunimas išvyksta "
                + "į Klaipėdą ir Vilnių, centre stovi tušti pramoniniai pastatai, o kultūriniame gyvenime dalyvauja nedaug žmonių.");
        assertComplete(editor, CONTEXT);

        editor.describeChallenges("Young people leave the town; empty industrial buildings stand in the centre; few residents "
                + "take part in cultural life; the population is ageing and older people are lonely.", "Youth", "Ageing and older people");
        assertComplete(editor, CHALLENGES);

        editor.answerEveryQuestion(4);
        assertThat(editor.questionnaireScore()).containsText("Score: 75 %");
        assertComplete(editor, QUESTIONNAIRE);

        editor.write(VISION, "Po penkerių metų senasis malūnas yra gyva jaunimo ir senjorų kūrybos vieta. Tikslai: sulaikyti jaunimą, "
                + "atgaivinti apleistus pastatus ir į kultūrą įtraukti bent tūkstantį gyventojų per metus.");
        assertComplete(editor, VISION);

        editor.addStakeholder("Tauragės kultūros centras", "Veiksmų koordinatorius", "High", "High")
                .addStakeholder("Jaunimo taryba", "Bendrakūrėjai", "Medium", "High");
        assertThat(editor.meter(STAKEHOLDERS)).hasText("66 %");
        editor.addStakeholder("Savivaldybė", "Finansuoja", "High", "Medium");
        assertComplete(editor, STAKEHOLDERS);

        ActionFormPage mill = editor.addAction("Dirbtuvės senajame malūne")
                .describe("Apleistas malūnas tampa jaunimo kūrybinėmis dirbtuvėmis, kuriose senjorai moko amatų.")
                .objective("Sulaikyti jaunimą")
                .lead("Tauragės kultūros centras")
                .partners("Jaunimo taryba");
        // an end date typed the American way is not dropped silently: the field says what is wrong
        mill.typeDate("End", "6/30/2028");
        assertThat(mill.dateError("End")).hasText("Enter a valid date, or pick it in the calendar.");
        mill.runs(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30))
                .budget(45_000, "Interreg BSR")
                .measure("Dalyviai per metus", "120", "600");
        assertComplete(editor, ACTIONS);
        // ... a practice recommended for the challenges, linked to the action in one step
        String practice = editor.linkFirstRecommendedPractice();
        assertThat(mill.linkedPractices()).hasText(practice);

        editor.write(RISKS, "Žiemą malūną brangu šildyti, o savanorių gali pritrūkti. Tada dirbtuvės persikelia į kultūros centrą, "
                + "o jaunimo taryba kviečia naujus savanorius per mokyklas ir sporto klubus.");
        assertThat(editor.overallCompleteness()).containsText("required sections still incomplete: 1");
        editor.write(MONITORING, "Kultūros centras kas ketvirtį skaičiuoja dalyvius ir jų amžių, kasmet apklausia lankytojus, "
                + "o jaunimo taryba du kartus per metus aptaria rezultatus su savivaldybe ir koreguoja veiksmus.");
        assertThat(editor.overallCompleteness()).hasText("100 % complete; required sections still incomplete: 0");
        assertThat(editor.allSaved()).hasText("All changes saved");
        screenshot("story-1-complete");

        // ... and submitted with the button
        editor.submit();
        assertThat(editor.status()).containsText("Submitted");
        screenshot("story-1-submitted");

        // 2. the manager assigns two experts
        signIn(MANAGER);
        open("plans/" + planId);
        page.locator("#open-assign").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign Erik Expert")).click();
        assertThat(page.locator("#assigned-experts")).containsText("Erik Expert");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign Eeva Expert")).click();
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
            Locator criteria = page.locator(".cp-score-row");
            assertThat(criteria).hasCount(3);
            for (int i = 0; i < 3; i++) {
                Locator criterion = criteria.nth(i);
                VaadinFields.choose(page, criterion.locator("vaadin-select[id^=score-]"), "7");
                criterion.locator("vaadin-text-area[id^=justification-] textarea").fill("Convincing, criterion " + (i + 1) + ".");
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
        open("programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baltic Sea Region Cultural Pearls for More Resilient Cities and Regions")).click();
        page.locator("#programme-award-decisions").click();
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

    private void signIn(String email) {
        context.clearCookies();
        loginAsDemo(email);
    }

    private static void assertComplete(PlanEditorPage editor, PlanSectionKind section) {
        assertThat(editor.meter(section)).hasText("100 %");
    }
}
