package org.citypeers.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.citypeers.ViewTest;
import org.citypeers.base.ui.AccessDeniedView;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.PlanTemplateService;
import org.citypeers.plan.PlanTestSupport;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.TemplateQuestion;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plan template editor in a simulated browser: a manager shapes the template from the programme page; others cannot. */
class PlanTemplateViewTest extends ViewTest {

    @Autowired PlanTemplateService templates;
    @Autowired PlanService plans;
    @Autowired ProgrammeService programmes;
    @Autowired PlanTestSupport support;

    /** Whether a visible component of the type has the id ({@code $} finds visible components only). */
    private boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return $(type).all().stream().anyMatch(c -> id.equals(c.getId().orElse("")));
    }

    private void openFromProgrammePage(Long programmeId) {
        UI.getCurrent().navigate("programmes/" + programmeId);
        test($(Button.class).id("edit-plan-template")).click();
        assertThat(getCurrentView()).isInstanceOf(PlanTemplateView.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_makes_a_section_required_and_writes_the_questionnaire() {
        Programme programme = support.newProgrammeWithTaurage();
        openFromProgrammePage(programme.getId());
        assertThat($(Paragraph.class).id("template-default-note").isVisible()).isTrue();
        assertThat($(Paragraph.class).id("questions-empty").isVisible()).isTrue();

        // required implies included, and leaving a section out makes it optional
        test($(Checkbox.class).id("require-QUESTIONNAIRE")).click();
        assertThat($(Checkbox.class).id("include-QUESTIONNAIRE").getValue()).isTrue();
        test($(Checkbox.class).id("include-SUMMARY")).click();
        assertThat($(TextArea.class).id("guidance-SUMMARY").isEnabled()).isFalse();
        test($(Checkbox.class).id("require-RISKS")).click();
        test($(TextArea.class).id("guidance-RISKS")).setValue("What could go wrong in winter?");

        test($(Button.class).id("add-question")).click();
        assertThat(shown(Paragraph.class, "questions-empty")).isFalse();
        test($(TextArea.class).id("question-text-1")).setValue("Culture continues during a crisis.");
        test($(Button.class).id("add-question")).click();
        test($(TextArea.class).id("question-text-2")).setValue("Residents plan cultural life with us.");
        test($(IntegerField.class).id("question-max-2")).setValue(4);
        assertThat($(Button.class).id("question-up-1").isEnabled()).isFalse();
        test($(Button.class).id("question-up-2")).click();
        assertThat($(TextArea.class).id("question-text-1").getValue()).isEqualTo("Residents plan cultural life with us.");
        // the conflict-of-interest rule: by default neither the city's nor its country's experts
        assertThat($(Checkbox.class).id("coi-same-city").getValue()).isTrue();
        assertThat($(Checkbox.class).id("coi-same-country").getValue()).isTrue();
        test($(Checkbox.class).id("coi-same-country")).click();
        test($(Button.class).id("save-template")).click();

        PlanTemplate t = templates.forProgramme(programme.getId());
        assertThat(t.isDefault()).isFalse();
        assertThat(t.isExcludeSameCity()).isTrue();
        assertThat(t.isExcludeSameCountry()).isFalse();
        assertThat($(Checkbox.class).id("coi-same-country").getValue()).isFalse();
        assertThat(t.isRequired(PlanSectionKind.QUESTIONNAIRE)).isTrue();
        assertThat(t.isRequired(PlanSectionKind.RISKS)).isTrue();
        assertThat(t.section(PlanSectionKind.SUMMARY)).isEmpty();
        assertThat(t.section(PlanSectionKind.RISKS).orElseThrow().getGuidance()).isEqualTo("What could go wrong in winter?");
        assertThat(t.getQuestions()).extracting(TemplateQuestion::getText, TemplateQuestion::getScaleMax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Residents plan cultural life with us.", 4),
                        org.assertj.core.groups.Tuple.tuple("Culture continues during a crisis.", 5));
        // after saving, the page shows the programme's own template
        assertThat(shown(Paragraph.class, "template-default-note")).isFalse();
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void an_invalid_questionnaire_is_refused_with_a_message_and_nothing_is_saved() {
        Programme programme = support.newProgrammeWithTaurage();
        openFromProgrammePage(programme.getId());
        test($(Button.class).id("add-question")).click();
        test($(TextArea.class).id("question-text-1")).setValue("Same question");
        test($(Button.class).id("add-question")).click();
        test($(TextArea.class).id("question-text-2")).setValue("same  question");
        test($(Button.class).id("save-template")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Question 2 is the same as question 1.");
        assertThat(templates.forProgramme(programme.getId()).isDefault()).isTrue();
        // the form keeps what the manager wrote
        assertThat($(TextArea.class).id("question-text-2").getValue()).isEqualTo("same  question");
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void removing_a_question_that_plans_have_answered_asks_first() {
        Programme programme = support.newProgrammeWithTaurage();
        support.as("manager@citypeers.eu", () -> {
            var d = templates.forEditing(programme.getId());
            var sections = d.sections().stream().map(s -> s.kind() == PlanSectionKind.QUESTIONNAIRE
                    ? new org.citypeers.plan.TemplateData.SectionData(s.kind(), true, false, null) : s).toList();
            templates.update(programme.getId(), new org.citypeers.plan.TemplateData(d.templateId(), d.version(), sections, List.of(
                    new org.citypeers.plan.TemplateData.QuestionData(null, "Answered question", 1, 5),
                    new org.citypeers.plan.TemplateData.QuestionData(null, "Unanswered question", 1, 5))));
        });
        ActionPlan plan = support.newTauragePlan(programme.getId());
        Long answered = templates.forProgramme(programme.getId()).getQuestions().get(0).getId();
        support.as("coordinator@citypeers.eu", () -> {
            PlanSection s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(answered, 4)));
        });
        openFromProgrammePage(programme.getId());

        test($(Button.class).id("question-remove-2")).click();        // no answers: removed at once
        assertThat(shown(TextArea.class, "question-text-2")).isFalse();
        test($(Button.class).id("question-remove-1")).click();        // answered: asks first
        ConfirmDialog dialog = $(ConfirmDialog.class).last();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog).cancel();
        assertThat($(TextArea.class).id("question-text-1").getValue()).isEqualTo("Answered question");
        test($(Button.class).id("question-remove-1")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat($(Paragraph.class).id("questions-empty").isVisible()).isTrue();
        test($(Checkbox.class).id("include-QUESTIONNAIRE")).click();
        test($(Button.class).id("save-template")).click();

        assertThat(templates.forProgramme(programme.getId()).getQuestions()).isEmpty();
        support.as("coordinator@citypeers.eu", () -> assertThat(
                plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE).getAnswers()).containsEntry(answered, 4));
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_of_other_programmes_is_refused_at_the_editor_url() {
        Long icorn = programmes.findAll().stream().filter(p -> p.getShortName().equals("ICORN")).findFirst().orElseThrow().getId();
        UI.getCurrent().navigate("programmes/" + icorn);
        assertThat(shown(Button.class, "edit-plan-template")).isFalse();
        UI.getCurrent().navigate(PlanTemplateView.path(icorn));
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_neither_sees_nor_opens_the_editor() {
        Long pearls = support.pearls().getId();
        UI.getCurrent().navigate("programmes/" + pearls);
        assertThat(shown(Button.class, "edit-plan-template")).isFalse();
        UI.getCurrent().navigate(PlanTemplateView.path(pearls));
        assertThat(getCurrentView()).isNotInstanceOf(PlanTemplateView.class);
        assertThat($(Checkbox.class).all()).isEmpty();
    }
}
