package org.citypeers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.citypeers.IntegrationTest;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Managers assign experts; the programme's conflict-of-interest rule is enforced; assigned experts read, never edit. */
class PlanAssignmentTest extends IntegrationTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired ExpertAssignmentService assignments;
    @Autowired PlanService plans;
    @Autowired PlanAccess access;
    @Autowired PlanTestSupport support;
    @Autowired UserAccountService accounts;
    @Autowired CityService cities;
    @Autowired PlanTemplateService templates;

    /** Creates an account (as admin) and returns its e-mail. */
    static String newAccount(PlanTestSupport support, String prefix, String role, Long organisationId) {
        String email = prefix + "-" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() + "@test.citypeers.eu";
        support.as("admin@citypeers.eu", () -> support.accounts().create(new UserAccountService.AccountData(prefix, email,
                "long-enough-password", List.of(role), organisationId, "en", true)));
        return email;
    }

    private Long userId(String email) {
        return support.as("admin@citypeers.eu", () -> accounts.findAll().stream().filter(a -> a.getEmail().equals(email))
                .findFirst().orElseThrow().getId());
    }

    private Long cityId(String name) {
        return support.as("admin@citypeers.eu", () -> cities.findAll().stream().filter(c -> c.getName().equals(name))
                .map(City::getId).findFirst().orElseThrow());
    }

    @Test
    void the_demo_experts_from_denmark_and_estonia_may_review_a_lithuanian_plan() {
        ActionPlan plan = support.newTauragePlan();
        support.as("manager@citypeers.eu", () -> {
            assertThat(assignments.candidates(plan.getId())).filteredOn(c -> c.name().equals("Erik Expert") || c.name().equals("Eeva Expert"))
                    .hasSize(2).allMatch(ExpertAssignmentService.Candidate::eligible);
            assignments.assign(plan.getId(), userId("expert@citypeers.eu"), ExpertRole.MENTOR);
            assignments.assign(plan.getId(), userId("expert2@citypeers.eu"), ExpertRole.JURY);
            assertThat(assignments.experts(plan.getId())).extracting(ExpertAssignmentService.AssignedExpert::role)
                    .containsExactly(ExpertRole.MENTOR, ExpertRole.JURY);
        });
        assertThat(access.isAssignedExpert(plan.getId(), userId("expert@citypeers.eu"))).isTrue();
    }

    @Test
    void an_expert_from_the_same_country_or_the_same_city_is_refused() {
        ActionPlan plan = support.newTauragePlan();
        String vilnius = newAccount(support, "vilnius-expert", Roles.EXPERT, cityId("Vilnius"));
        String taurage = newAccount(support, "taurage-expert", Roles.EXPERT, cityId("Tauragė"));
        support.as("manager@citypeers.eu", () -> {
            assertThatThrownBy(() -> assignments.assign(plan.getId(), userId(vilnius), ExpertRole.JURY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same country");
            assertThatThrownBy(() -> assignments.assign(plan.getId(), userId(taurage), ExpertRole.MENTOR))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own city");
            assertThat(assignments.candidates(plan.getId())).filteredOn(c -> c.userId().equals(userId(vilnius)))
                    .singleElement().matches(c -> !c.eligible());
        });
    }

    @Test
    void a_programme_whose_rule_allows_experts_from_the_same_country_gets_them_but_never_from_the_city_itself() {
        org.citypeers.programme.Programme programme = support.newProgrammeWithTaurage();
        support.as("manager@citypeers.eu", () -> {
            TemplateData d = templates.forEditing(programme.getId());
            assertThat(d.conflictRule()).isEqualTo(new TemplateData.ConflictRule(true, true));
            templates.update(programme.getId(), new TemplateData(d.templateId(), d.version(), d.sections(), d.questions(),
                    new TemplateData.ConflictRule(true, false)));
        });
        ActionPlan plan = support.newTauragePlan(programme.getId());
        String vilnius = newAccount(support, "vilnius-expert", Roles.EXPERT, cityId("Vilnius"));
        String taurage = newAccount(support, "taurage-expert", Roles.EXPERT, cityId("Tauragė"));
        support.as("manager@citypeers.eu", () -> {
            assignments.assign(plan.getId(), userId(vilnius), ExpertRole.JURY);
            assertThatThrownBy(() -> assignments.assign(plan.getId(), userId(taurage), ExpertRole.MENTOR))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own city");
        });
        assertThat(access.isAssignedExpert(plan.getId(), userId(vilnius))).isTrue();
    }

    @Test
    void a_non_expert_cannot_be_assigned() {
        ActionPlan plan = support.newTauragePlan();
        assertThatThrownBy(() -> support.as("manager@citypeers.eu",
                () -> assignments.assign(plan.getId(), userId("lublin@citypeers.eu"), ExpertRole.JURY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_the_programme_managers_assign_experts() {
        ActionPlan plan = support.newTauragePlan();
        Long expert = userId("expert@citypeers.eu");
        assertThatThrownBy(() -> support.as("coordinator@citypeers.eu", () -> assignments.assign(plan.getId(), expert, ExpertRole.JURY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.as("expert@citypeers.eu", () -> assignments.assign(plan.getId(), expert, ExpertRole.JURY)))
                .isInstanceOf(AccessDeniedException.class);
        String other = newAccount(support, "other-manager", Roles.PROGRAMME_MANAGER, null);
        assertThatThrownBy(() -> support.as(other, () -> assignments.assign(plan.getId(), expert, ExpertRole.JURY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_assigned_expert_reads_the_plan_but_cannot_edit_it() {
        ActionPlan plan = support.newTauragePlan();
        support.as("manager@citypeers.eu", () -> assignments.assign(plan.getId(), userId("expert2@citypeers.eu"), ExpertRole.JURY));
        support.as("expert2@citypeers.eu", () -> {
            assertThat(plans.get(plan.getId())).isEqualTo(plan);
            assertThat(plans.findAssignedToMe()).contains(plan);
            assertThat(access.canEdit(plan.getId())).isFalse();
            PlanSection context = plans.section(plan.getId(), PlanSectionKind.CONTEXT);
            assertThatThrownBy(() -> plans.saveSection(plan.getId(), PlanSectionKind.CONTEXT, context.getVersion(),
                    SectionContent.ofText("Expert's edit"))).isInstanceOf(AccessDeniedException.class);
        });
        support.as("manager@citypeers.eu", () -> assignments.unassign(plan.getId(), userId("expert2@citypeers.eu")));
        support.as("expert2@citypeers.eu", () -> assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(AccessDeniedException.class));
    }
}
