package org.citypeers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Creating and editing plans, and who may see and change them. */
@RecordApplicationEvents
class PlanServiceTest extends IntegrationTest {

    @Autowired PlanService plans;
    @Autowired PlanAccess access;
    @Autowired PlanTestSupport support;
    @Autowired ApplicationEvents events;
    @Autowired org.citypeers.city.CityService cities;

    @Test
    void a_coordinator_starts_a_plan_with_the_sections_of_the_programme_template() {
        ActionPlan plan = support.newTauragePlan();
        support.as("coordinator@citypeers.eu", () -> {
            assertThat(plans.get(plan.getId()).getStatus()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plans.get(plan.getId()).getLanguage()).isEqualTo("lt");
            assertThat(plans.sectionKeys(plan.getId())).containsExactly("SUMMARY", "CONTEXT", "CHALLENGES", "QUESTIONNAIRE",
                    "VISION", "STAKEHOLDERS", "ACTIONS", "RISKS", "MONITORING");
            assertThat(plans.templateOf(plan.getId()).getQuestions()).hasSize(6);
            assertThat(plans.completeness(plan.getId()).missingRequired()).contains(PlanSectionKind.CONTEXT, PlanSectionKind.ACTIONS)
                    .doesNotContain(PlanSectionKind.SUMMARY, PlanSectionKind.RISKS);
        });
        assertThat(events.stream(PlanCreated.class).filter(e -> e.planId() == plan.getId())).hasSize(1);
    }

    @Test
    void the_same_city_cannot_start_two_plans_in_one_round() {
        ActionPlan plan = support.newTauragePlan();
        assertThatThrownBy(() -> support.as("coordinator2@citypeers.eu",
                () -> plans.create(plan.getProgramme().getId(), plan.getCity().getId(), plan.getRound())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a plan");
    }

    @Test
    void a_coordinator_cannot_start_a_plan_for_another_city_or_in_a_programme_the_city_is_not_part_of() {
        Long pearls = support.pearls().getId();
        Long taurage = support.taurage();
        assertThatThrownBy(() -> support.as("lublin@citypeers.eu", () -> plans.create(pearls, taurage, 2090)))
                .isInstanceOf(AccessDeniedException.class);
        Long lublin = support.as("lublin@citypeers.eu", () -> cities.findMine().orElseThrow().getId());
        assertThatThrownBy(() -> support.as("lublin@citypeers.eu", () -> plans.create(pearls, lublin, 2090)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a partner");
        assertThat(support.as("lublin@citypeers.eu", () -> plans.programmesICanStartIn()))
                .extracting(org.citypeers.programme.Programme::getShortName).doesNotContain("BSR Cultural Pearls");
    }

    @Test
    void both_coordinators_of_the_city_read_and_edit_its_plan() {
        ActionPlan plan = support.newTauragePlan();
        support.as("coordinator2@citypeers.eu", () -> {
            PlanSection vision = plans.section(plan.getId(), PlanSectionKind.VISION);
            plans.saveSection(plan.getId(), PlanSectionKind.VISION, vision.getVersion(), SectionContent.ofText("Jono vizija"));
            assertThat(plans.section(plan.getId(), PlanSectionKind.VISION).getText()).isEqualTo("Jono vizija");
            assertThat(plans.section(plan.getId(), PlanSectionKind.VISION).getUpdatedBy()).isEqualTo("Jonas Coordinator");
        });
        support.as("coordinator@citypeers.eu", () -> assertThat(plans.findVisible()).contains(plan));
    }

    @Test
    void a_coordinator_of_another_city_can_neither_see_nor_edit_the_plan() {
        ActionPlan plan = support.newTauragePlan();
        support.as("lublin@citypeers.eu", () -> {
            assertThat(access.canRead(plan.getId())).isFalse();
            assertThat(plans.findVisible()).doesNotContain(plan);
            assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.sections(plan.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.saveSection(plan.getId(), PlanSectionKind.CONTEXT, 0, SectionContent.ofText("x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.addAction(plan.getId(), ActionData.titled("x"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void an_expert_not_assigned_to_the_plan_cannot_see_it() {
        ActionPlan plan = support.newTauragePlan();
        support.as("expert@citypeers.eu", () -> {
            assertThat(access.canRead(plan.getId())).isFalse();
            assertThat(plans.findVisible()).doesNotContain(plan);
            assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_manager_of_another_programme_cannot_see_the_plan() {
        ActionPlan plan = support.newTauragePlan();
        String email = PlanAssignmentTest.newAccount(support, "other-manager", org.citypeers.security.Roles.PROGRAMME_MANAGER, null);
        support.as(email, () -> {
            assertThat(access.canRead(plan.getId())).isFalse();
            assertThat(plans.findVisible()).doesNotContain(plan);
            assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class);
        });
        support.as("manager@citypeers.eu", () -> {
            assertThat(plans.get(plan.getId())).isEqualTo(plan);
            assertThat(access.canEdit(plan.getId())).isFalse();
            assertThatThrownBy(() -> plans.saveSection(plan.getId(), PlanSectionKind.CONTEXT, 0, SectionContent.ofText("x")))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void an_anonymous_visitor_sees_nothing() {
        ActionPlan plan = support.newTauragePlan();
        support.as((String) null, () -> {
            assertThat(access.canRead(plan.getId())).isFalse();
            assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> plans.findVisible()).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            assertThat(plans.publicSummary(plan.getId())).isEmpty();
        });
    }

    @Test
    void completeness_grows_as_sections_are_written_and_the_questionnaire_is_scored() {
        ActionPlan plan = support.newTauragePlan();
        support.completeRequired(plan.getId());
        support.as("coordinator@citypeers.eu", () -> {
            Completeness c = plans.completeness(plan.getId());
            assertThat(c.missingRequired()).isEmpty();
            assertThat(c.of(PlanSectionKind.CONTEXT)).isEqualTo(100);
            assertThat(c.of(PlanSectionKind.ACTIONS)).isEqualTo(100);
            assertThat(plans.questionnaireScore(plan.getId())).isEqualTo(new QuestionnaireScore(6, 6, 75));
            assertThat(plans.render(plan.getId()).get(PlanSectionKind.ACTIONS)).contains("Dirbtuvės", "Dalyviai: 0 → 100");
        });
    }

    @Test
    void an_answer_outside_the_scale_is_refused() {
        ActionPlan plan = support.newTauragePlan();
        support.as("coordinator@citypeers.eu", () -> {
            PlanTemplate t = plans.templateOf(plan.getId());
            PlanSection q = plans.section(plan.getId(), PlanSectionKind.QUESTIONNAIRE);
            assertThatThrownBy(() -> plans.saveSection(plan.getId(), PlanSectionKind.QUESTIONNAIRE, q.getVersion(),
                    new SectionContent(null, List.of(), List.of(), java.util.Map.of(t.getQuestions().get(0).getId(), 9))))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void a_practice_is_linked_to_an_action_in_one_step() {
        ActionPlan plan = support.newTauragePlan();
        support.as("coordinator@citypeers.eu", () -> {
            PlanAction a = plans.addAction(plan.getId(), ActionData.titled("Senjorų choras"));
            plans.linkPractice(a.getId(), 4242L, "Intergenerational choir", "We start with two schools");
            assertThat(plans.action(a.getId()).getPractices()).extracting(PracticeLink::getPracticeTitle).containsExactly("Intergenerational choir");
            assertThatThrownBy(() -> plans.linkPractice(a.getId(), 4242L, "Intergenerational choir", null))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }
}
