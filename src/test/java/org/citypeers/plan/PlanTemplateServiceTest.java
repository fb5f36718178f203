package org.citypeers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.citypeers.IntegrationTest;
import org.citypeers.plan.TemplateData.QuestionData;
import org.citypeers.plan.TemplateData.SectionData;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Programme managers shape their programme's plan template; what that means for the plans being
 * written, and who may do it. Every test changes the template of a programme of its own.
 */
class PlanTemplateServiceTest extends IntegrationTest {

    static final String MANAGER = "manager@citypeers.eu";
    static final String COORDINATOR = "coordinator@citypeers.eu";

    @Autowired PlanTemplateService templates;
    @Autowired PlanService plans;
    @Autowired PlanWorkflowService workflow;
    @Autowired PlanVersionService versions;
    @Autowired ProgrammeService programmes;
    @Autowired PlanTestSupport support;

    /** Loads the programme's template as the editor does, changes it and saves it, as manager@. */
    private PlanTemplate edit(Long programmeId, UnaryOperator<TemplateData> change) {
        return support.as(MANAGER, () -> templates.update(programmeId, change.apply(templates.forEditing(programmeId))));
    }

    private static TemplateData section(TemplateData d, PlanSectionKind kind, boolean included, boolean required) {
        List<SectionData> sections = new ArrayList<>();
        for (SectionData s : d.sections()) {
            sections.add(s.kind() == kind ? new SectionData(kind, included, required, s.guidance()) : s);
        }
        return new TemplateData(d.templateId(), d.version(), sections, d.questions());
    }

    private static TemplateData questions(TemplateData d, List<QuestionData> questions) {
        return new TemplateData(d.templateId(), d.version(), d.sections(), questions);
    }

    private static TemplateData withQuestionnaire(TemplateData d, String... texts) {
        List<QuestionData> q = new ArrayList<>();
        for (String t : texts) {
            q.add(new QuestionData(null, t, 1, 5));
        }
        return questions(section(d, PlanSectionKind.QUESTIONNAIRE, true, true), q);
    }

    @Test
    void the_draft_of_a_city_follows_a_section_its_programme_makes_required() {
        Programme programme = support.newProgrammeWithTaurage();
        ActionPlan plan = support.newTauragePlan(programme.getId());
        support.as(COORDINATOR, () -> assertThat(plans.completeness(plan.getId()).missingRequired()).doesNotContain(PlanSectionKind.RISKS));

        PlanTemplate saved = edit(programme.getId(), d -> section(d, PlanSectionKind.RISKS, true, true));

        assertThat(saved.isDefault()).isFalse();
        assertThat(saved.getProgrammeId()).isEqualTo(programme.getId());
        assertThat(saved.isRequired(PlanSectionKind.RISKS)).isTrue();
        support.as(COORDINATOR, () -> {
            assertThat(plans.templateOf(plan.getId()).getId()).isEqualTo(saved.getId());
            assertThat(plans.completeness(plan.getId()).missingRequired()).contains(PlanSectionKind.RISKS);
            PlanSection risks = plans.section(plan.getId(), PlanSectionKind.RISKS);
            plans.saveSection(plan.getId(), PlanSectionKind.RISKS, risks.getVersion(), SectionContent.ofText("Rizika ".repeat(30)));
            assertThat(plans.completeness(plan.getId()).missingRequired()).doesNotContain(PlanSectionKind.RISKS);
        });
        // the default template, which other programmes follow, did not change
        assertThat(templates.forProgramme(support.newProgrammeWithTaurage().getId()).isRequired(PlanSectionKind.RISKS)).isFalse();
    }

    @Test
    void a_newly_included_section_appears_in_the_drafts_with_the_new_questionnaire() {
        Programme programme = support.newProgrammeWithTaurage();
        ActionPlan plan = support.newTauragePlan(programme.getId());
        support.as(COORDINATOR, () -> assertThat(plans.sectionKeys(plan.getId())).doesNotContain("QUESTIONNAIRE"));

        edit(programme.getId(), d -> withQuestionnaire(d, "Culture is part of our crisis plans.", "Residents plan events with us."));

        support.as(COORDINATOR, () -> {
            assertThat(plans.sectionKeys(plan.getId())).contains("QUESTIONNAIRE");
            assertThat(plans.completeness(plan.getId()).missingRequired()).contains(PlanSectionKind.QUESTIONNAIRE);
            List<TemplateQuestion> q = plans.templateOf(plan.getId()).getQuestions();
            assertThat(q).extracting(TemplateQuestion::getText)
                    .containsExactly("Culture is part of our crisis plans.", "Residents plan events with us.");
            PlanSection s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(q.get(0).getId(), 5, q.get(1).getId(), 1)));
            assertThat(plans.questionnaireScore(plan.getId())).isEqualTo(new QuestionnaireScore(2, 2, 50));
            assertThat(plans.completeness(plan.getId()).missingRequired()).doesNotContain(PlanSectionKind.QUESTIONNAIRE);
        });
    }

    @Test
    void a_plan_started_after_the_change_has_the_programmes_sections() {
        Programme programme = support.newProgrammeWithTaurage();
        edit(programme.getId(), d -> section(section(d, PlanSectionKind.SUMMARY, false, false), PlanSectionKind.RISKS, true, true));
        ActionPlan plan = support.newTauragePlan(programme.getId());
        support.as(COORDINATOR, () -> {
            assertThat(plans.sectionKeys(plan.getId())).doesNotContain("SUMMARY").contains("RISKS");
            assertThat(plans.completeness(plan.getId()).missingRequired()).contains(PlanSectionKind.RISKS);
        });
    }

    @Test
    void a_section_left_out_keeps_its_text_and_shows_it_again_when_included_again() {
        Programme programme = support.newProgrammeWithTaurage();
        ActionPlan plan = support.newTauragePlan(programme.getId());
        support.as(COORDINATOR, () -> {
            PlanSection risks = plans.section(plan.getId(), PlanSectionKind.RISKS);
            plans.saveSection(plan.getId(), PlanSectionKind.RISKS, risks.getVersion(), SectionContent.ofText("Mažai savanorių žiemą."));
        });
        edit(programme.getId(), d -> section(d, PlanSectionKind.RISKS, false, false));
        support.as(COORDINATOR, () -> assertThat(plans.sectionKeys(plan.getId())).doesNotContain("RISKS"));
        edit(programme.getId(), d -> section(d, PlanSectionKind.RISKS, true, false));
        support.as(COORDINATOR, () -> assertThat(plans.section(plan.getId(), PlanSectionKind.RISKS).getText())
                .isEqualTo("Mažai savanorių žiemą."));
    }

    @Test
    void answers_to_a_removed_question_are_kept_but_no_longer_counted() {
        Programme programme = support.newProgrammeWithTaurage();
        edit(programme.getId(), d -> withQuestionnaire(d, "We have a culture strategy.", "We work with NGOs."));
        ActionPlan plan = support.newTauragePlan(programme.getId());
        List<TemplateQuestion> q = templates.forProgramme(programme.getId()).getQuestions();
        Long kept = q.get(0).getId();
        Long removed = q.get(1).getId();
        support.as(COORDINATOR, () -> {
            PlanSection s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(kept, 3, removed, 5)));
        });
        assertThat(support.as(MANAGER, () -> templates.answerCounts(programme.getId()))).containsEntry(kept, 1L).containsEntry(removed, 1L);

        edit(programme.getId(), d -> questions(d, List.of(d.questions().get(0))));

        support.as(COORDINATOR, () -> {
            assertThat(plans.questionnaireScore(plan.getId())).isEqualTo(new QuestionnaireScore(1, 1, 50));
            // the editor sends the answers to the current questions; one loaded before the removal also sends the old one
            PlanSection s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(kept, 4)));
            s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(kept, 5, removed, 1)));
            assertThat(plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE).getAnswers()).isEqualTo(Map.of(kept, 5, removed, 5));
            assertThat(plans.questionnaireScore(plan.getId())).isEqualTo(new QuestionnaireScore(1, 1, 100));
        });
    }

    @Test
    void a_scale_is_not_narrowed_below_an_answer_a_plan_has_given() {
        Programme programme = support.newProgrammeWithTaurage();
        edit(programme.getId(), d -> withQuestionnaire(d, "We have a culture strategy."));
        ActionPlan plan = support.newTauragePlan(programme.getId());
        Long question = templates.forProgramme(programme.getId()).getQuestions().getFirst().getId();
        support.as(COORDINATOR, () -> {
            PlanSection s = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, s.getVersion(),
                    new SectionContent(null, List.of(), List.of(), Map.of(question, 5)));
        });

        refused(programme.getId(), d -> questions(d, List.of(new QuestionData(question, "We have a culture strategy.", 1, 4))),
                "Question 1: 1 plan(s) answered outside 1–4. Widen the scale again, or ask the cities to change their answers first; otherwise those answers would be lost.");
        assertThat(support.as(COORDINATOR, () -> plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE).getAnswers()))
                .containsEntry(question, 5);
        // widening, or narrowing where nobody answered, is fine
        edit(programme.getId(), d -> questions(d, List.of(new QuestionData(question, "We have a culture strategy.", 0, 5))));
        edit(programme.getId(), d -> questions(d, List.of(new QuestionData(question, "We have a culture strategy.", 2, 5))));
        assertThat(templates.forProgramme(programme.getId()).getQuestions().getFirst().getScaleMin()).isEqualTo(2);
    }

    @Test
    void questions_keep_their_identity_when_edited_and_reordered() {
        Programme programme = support.newProgrammeWithTaurage();
        edit(programme.getId(), d -> withQuestionnaire(d, "First", "Second", "Third"));
        List<QuestionData> before = support.as(MANAGER, () -> templates.forEditing(programme.getId())).questions();

        edit(programme.getId(), d -> questions(d, List.of(
                new QuestionData(before.get(2).id(), "  Third,   rewritten ", 0, 10), before.get(0),
                new QuestionData(null, "Fourth", 1, 4))));

        List<TemplateQuestion> after = templates.forProgramme(programme.getId()).getQuestions();
        assertThat(after).extracting(TemplateQuestion::getText).containsExactly("Third, rewritten", "First", "Fourth");
        assertThat(after.get(0).getId()).isEqualTo(before.get(2).id());
        assertThat(after.get(0).getScaleMin()).isZero();
        assertThat(after.get(0).getScaleMax()).isEqualTo(10);
        assertThat(after).extracting(TemplateQuestion::getPosition).containsExactly(0, 1, 2);
    }

    @Test
    void required_implies_included() {
        Programme programme = support.newProgrammeWithTaurage();
        PlanTemplate t = edit(programme.getId(), d -> section(d, PlanSectionKind.STAKEHOLDERS, false, true));
        assertThat(t.section(PlanSectionKind.STAKEHOLDERS)).hasValueSatisfying(s -> assertThat(s.isRequired()).isTrue());
    }

    @Test
    void the_template_is_refused_with_a_message_that_names_the_problem() {
        Programme programme = support.newProgrammeWithTaurage();
        Long id = programme.getId();
        refused(id, d -> new TemplateData(d.templateId(), d.version(),
                d.sections().stream().map(s -> new SectionData(s.kind(), false, false, null)).toList(), d.questions()),
                "Include at least one section.");
        refused(id, d -> questions(section(d, PlanSectionKind.QUESTIONNAIRE, true, false), List.of()),
                "The self-assessment section needs at least one question");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "Fine", 1, 5), new QuestionData(null, "   ", 1, 5))),
                "Question 2 needs a text.");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "x".repeat(TemplateQuestion.TEXT_MAX + 1), 1, 5))),
                "Question 1 is longer than 500 characters.");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "Backwards", 5, 1))),
                "The scale of question 1 must run upwards, from a lower to a higher number between 0 and 10.");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "One point", 3, 3))), "The scale of question 1");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "Too wide", 1, 11))), "The scale of question 1");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "Below zero", -1, 5))), "The scale of question 1");
        refused(id, d -> questions(d, List.of(new QuestionData(null, "We work with NGOs.", 1, 5), new QuestionData(null, "Other", 1, 5),
                new QuestionData(null, "we  work with NGOs. ", 1, 3))), "Question 3 is the same as question 1.");
        refused(id, d -> new TemplateData(d.templateId(), d.version(), d.sections().stream()
                .map(s -> new SectionData(s.kind(), s.included(), s.required(), "g".repeat(TemplateSection.GUIDANCE_MAX + 1))).toList(),
                d.questions()), "longer than 2,000 characters");
        // nothing was written: the programme still follows the default template
        assertThat(templates.forProgramme(id).isDefault()).isTrue();
    }

    private void refused(Long programmeId, UnaryOperator<TemplateData> change, String message) {
        assertThatThrownBy(() -> edit(programmeId, change)).isInstanceOf(TemplateValidationException.class).hasMessageContaining(message);
    }

    @Test
    void two_managers_saving_at_once_do_not_overwrite_each_other() {
        Programme programme = support.newProgrammeWithTaurage();
        edit(programme.getId(), d -> d);
        TemplateData mine = support.as(MANAGER, () -> templates.forEditing(programme.getId()));
        TemplateData theirs = support.as("admin@citypeers.eu", () -> templates.forEditing(programme.getId()));
        support.as("admin@citypeers.eu", () -> templates.update(programme.getId(), section(theirs, PlanSectionKind.RISKS, true, true)));

        assertThatThrownBy(() -> support.as(MANAGER, () -> templates.update(programme.getId(),
                section(mine, PlanSectionKind.MONITORING, true, true))))
                .isInstanceOfSatisfying(TemplateConflictException.class, e -> {
                    assertThat(e.getSavedBy()).isEqualTo(templates.forProgramme(programme.getId()).getUpdatedBy()).isNotBlank();
                    assertThat(e.getSavedAt()).isNotNull();
                });
        PlanTemplate now = templates.forProgramme(programme.getId());
        assertThat(now.isRequired(PlanSectionKind.RISKS)).isTrue();
        assertThat(now.isRequired(PlanSectionKind.MONITORING)).isFalse();
    }

    @Test
    void two_managers_giving_a_programme_its_first_own_template_at_once_conflict_too() {
        Programme programme = support.newProgrammeWithTaurage();
        TemplateData mine = support.as(MANAGER, () -> templates.forEditing(programme.getId()));
        edit(programme.getId(), d -> section(d, PlanSectionKind.RISKS, true, true));
        assertThatThrownBy(() -> support.as(MANAGER, () -> templates.update(programme.getId(), mine)))
                .isInstanceOf(TemplateConflictException.class);
    }

    @Test
    void a_submitted_version_keeps_the_sections_it_was_submitted_with() {
        Programme programme = support.newProgrammeWithTaurage();
        ActionPlan plan = support.newTauragePlan(programme.getId());
        support.completeRequired(plan.getId());
        support.as(COORDINATOR, () -> workflow.submit(plan.getId(), null));
        String context = support.as(COORDINATOR, () -> versions.version(plan.getId(), 1).getSections().get(PlanSectionKind.CONTEXT));

        edit(programme.getId(), d -> section(d, PlanSectionKind.CONTEXT, false, false));

        support.as(COORDINATOR, () -> {
            assertThat(plans.sectionKeys(plan.getId())).doesNotContain("CONTEXT");
            assertThat(versions.version(plan.getId(), 1).getSections().get(PlanSectionKind.CONTEXT)).isEqualTo(context).isNotBlank();
        });
    }

    @Test
    void only_the_programmes_own_managers_and_admins_may_change_its_template() {
        Programme programme = support.newProgrammeWithTaurage();
        TemplateData data = support.as(MANAGER, () -> templates.forEditing(programme.getId()));
        for (String who : new String[] {"expert@citypeers.eu", COORDINATOR, "lublin@citypeers.eu", null}) {
            assertThatThrownBy(() -> support.as(who, () -> templates.update(programme.getId(), data)))
                    .as(String.valueOf(who)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(who, () -> templates.forEditing(programme.getId())))
                    .as(String.valueOf(who)).isInstanceOf(AccessDeniedException.class);
            assertThat(support.as(who, () -> templates.canEdit(programme.getId()))).as(String.valueOf(who)).isFalse();
        }
        // manager@ runs every demo programme but ICORN: ICORN's template is not theirs to change
        Long icorn = programmes.findAll().stream().filter(p -> p.getShortName().equals("ICORN")).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> support.as(MANAGER, () -> templates.forEditing(icorn))).isInstanceOf(AccessDeniedException.class);
        TemplateData icornData = support.as("admin@citypeers.eu", () -> templates.forEditing(icorn));
        assertThatThrownBy(() -> support.as(MANAGER, () -> templates.update(icorn, icornData))).isInstanceOf(AccessDeniedException.class);
        assertThat(support.as(MANAGER, () -> templates.canEdit(icorn))).isFalse();

        assertThat(support.as(MANAGER, () -> templates.canEdit(programme.getId()))).isTrue();
        assertThat(support.as("admin@citypeers.eu", () -> templates.update(programme.getId(),
                section(data, PlanSectionKind.RISKS, true, true))).isRequired(PlanSectionKind.RISKS)).isTrue();
    }
}
