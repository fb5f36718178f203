package org.citypeers.browser.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.citypeers.plan.PlanSectionKind;

/**
 * The plan editor ({@code /plans/{id}}) as a coordinator works it: one tab per section of the programme's
 * template, each saved by itself (on leaving a field, or a moment after typing stops), with a completeness
 * meter per tab and for the whole plan, the recommended practices and the workflow buttons.
 */
public final class PlanEditorPage {

    private final Page page;

    public PlanEditorPage(Page page) {
        this.page = page;
        page.locator("#plan-title").waitFor();
    }

    /** From the plan list: starts the city's plan for a programme and round, and lands in its editor. */
    public static PlanEditorPage start(Page page, String programme, int round) {
        page.locator("#start-plan").click();
        Locator programmeBox = page.locator("#start-programme");
        if (programmeBox.locator("input").inputValue().isBlank()) {
            VaadinFields.pick(page, programmeBox.locator("input"), programme);
        }
        Locator roundInput = page.locator("#start-round input");
        roundInput.fill(String.valueOf(round));
        roundInput.press("Tab");
        page.locator("#start-create").click();
        page.waitForURL(u -> u.matches(".*/plans/\\d+$"));
        return new PlanEditorPage(page);
    }

    public long planId() {
        return Long.parseLong(page.url().replaceAll(".*/plans/(\\d+).*", "$1"));
    }

    public Locator title() {
        return page.locator("#plan-title");
    }

    public Locator status() {
        return page.locator("#plan-status");
    }

    /** "n % complete; required sections still incomplete: m". */
    public Locator overallCompleteness() {
        return page.locator("#overall-text");
    }

    /** The page's save state when every section and action is saved (and nothing typed since). */
    public Locator allSaved() {
        return page.locator("#plan-save-state[data-state=saved]:not([data-dirty]) .cp-state-text");
    }

    /** The percentage shown on a section's tab. */
    public Locator meter(PlanSectionKind section) {
        return page.locator("#tab-" + section.name() + " .cp-plan-tab-meter");
    }

    public PlanEditorPage openSection(PlanSectionKind section) {
        page.locator("#tab-" + section.name()).click();
        return this;
    }

    /** Writes a free-text section (context, vision, risks, monitoring, the English summary) and leaves the field. */
    public PlanEditorPage write(PlanSectionKind section, String text) {
        openSection(section);
        Locator area = page.locator("#section-text-" + section.name() + " textarea");
        area.fill(text);
        area.press("Tab");
        awaitSaved("#save-state-" + section.name());
        return this;
    }

    /** Chooses the challenges' themes from the taxonomy and describes them. */
    public PlanEditorPage describeChallenges(String text, String... themes) {
        openSection(PlanSectionKind.CHALLENGES);
        for (String theme : themes) {
            VaadinFields.pick(page, page.locator("#challenge-themes input"), theme);
        }
        page.keyboard().press("Escape");
        return write(PlanSectionKind.CHALLENGES, text);
    }

    /** Gives every question of the self-assessment the same answer on its scale. */
    public PlanEditorPage answerEveryQuestion(int answer) {
        openSection(PlanSectionKind.QUESTIONNAIRE);
        Locator questions = page.locator("vaadin-radio-group[id^=question-]");
        questions.first().waitFor();
        int n = questions.count();
        for (int i = 0; i < n; i++) {
            questions.nth(i).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(String.valueOf(answer)).setExact(true)).check();
        }
        assertThat(page.locator("#questionnaire-score")).containsText("(" + n + " of " + n + " questions answered)");
        return this;
    }

    public Locator questionnaireScore() {
        return page.locator("#questionnaire-score");
    }

    /** Adds a stakeholder with a role, an influence and an interest ("Low", "Medium", "High"). */
    public PlanEditorPage addStakeholder(String name, String role, String influence, String interest) {
        openSection(PlanSectionKind.STAKEHOLDERS);
        page.locator("#stakeholder-name input").fill(name);
        page.locator("#stakeholder-role input").fill(role);
        VaadinFields.choose(page, page.locator("#stakeholder-influence"), influence);
        VaadinFields.choose(page, page.locator("#stakeholder-interest"), interest);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add stakeholder")).click();
        page.locator("#stakeholders-grid vaadin-grid-cell-content:visible:text-is('" + name + "')").waitFor();
        return this;
    }

    /** Adds an action by its title; its form opens below, ready to be filled. */
    public ActionFormPage addAction(String title) {
        openSection(PlanSectionKind.ACTIONS);
        page.locator("#new-action-title input").fill(title);
        page.locator("#add-action").click();
        Locator details = page.locator("#actions-list vaadin-details[id^=action-details-]", new Page.LocatorOptions().setHasText(title));
        details.waitFor();
        return new ActionFormPage(page, details);
    }

    /** The practices recommended for the plan's challenges (in the Actions tab). */
    public Locator recommendations() {
        openSection(PlanSectionKind.ACTIONS);
        return page.locator("#recommendations .cp-plan-reco");
    }

    /**
     * Links the first recommended practice to the action in one step (the plan's only action is preselected)
     * and returns the practice's title.
     */
    public String linkFirstRecommendedPractice() {
        Locator first = recommendations().first();
        String practice = first.locator("a").first().textContent().strip();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link to action")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is now linked to");
        return practice;
    }

    /** Submits the plan with the workflow button (saving whatever is still unsaved first) and confirms. */
    public PlanEditorPage submit() {
        page.locator("#workflow-submitted").click();
        page.locator("#workflow-confirm").click();
        return this;
    }

    private void awaitSaved(String stateId) {
        page.locator(stateId + "[data-state=saved]:not([data-dirty])").waitFor();
    }
}
