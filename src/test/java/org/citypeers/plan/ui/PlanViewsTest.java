package org.citypeers.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.citypeers.ViewTest;
import org.citypeers.base.ui.AccessDeniedView;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plan views in a simulated browser: what each role sees, and that direct URLs respect the service's access rules. */
class PlanViewsTest extends ViewTest {

    @Autowired PlanService plans;
    @Autowired PlanTestSupport support;
    @Autowired org.springframework.beans.factory.ObjectProvider<org.citypeers.plan.PracticeRecommender> recommender;

    private Long demoPlan(String city) {
        return support.as("admin@citypeers.eu", () -> plans.findVisible().stream()
                .filter(p -> p.getCity().getName().equals(city) && p.getRound() == 2026).findFirst().orElseThrow().getId());
    }

    private void openTab(String kind) {
        com.vaadin.flow.component.tabs.TabSheet sheet = $(com.vaadin.flow.component.tabs.TabSheet.class).id("plan-sections");
        sheet.setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class).id("tab-" + kind));
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_sees_the_city_plans_and_can_start_one() {
        navigate(PlanListView.class);
        assertThat($(Button.class).id("start-plan").isVisible()).isTrue();
        assertThat(plans.findVisible()).extracting(p -> p.getCity().getName()).containsOnly("Tauragė");
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_types_into_a_section_and_the_text_is_saved_with_a_visible_state() {
        ActionPlan plan = support.newTauragePlan();
        navigate("plans/" + plan.getId(), PlanEditorView.class);
        openTab("CONTEXT");
        TextArea context = $(TextArea.class).id("section-text-CONTEXT");
        test(context).setValue("Tauragė šiandien: 22 000 gyventojų.");
        assertThat(plans.section(plan.getId(), PlanSectionKind.CONTEXT).getText()).isEqualTo("Tauragė šiandien: 22 000 gyventojų.");
        assertThat($(SaveStateLabel.class).id("save-state-CONTEXT").shownText()).startsWith("Saved at");
        assertThat($(Span.class).id("plan-save-state").getElement().getTextRecursively()).startsWith("All changes saved");
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void renaming_an_action_renames_its_heading_once_saved() {
        ActionPlan plan = support.newTauragePlan();
        org.citypeers.plan.PlanAction action = plans.addAction(plan.getId(), org.citypeers.plan.ActionData.titled("Dirbtuvės"));
        navigate("plans/" + plan.getId(), PlanEditorView.class);
        openTab("ACTIONS");
        com.vaadin.flow.component.details.Details details = $(com.vaadin.flow.component.details.Details.class).id("action-details-" + action.getId());
        assertThat(details.getSummaryText()).isEqualTo("Dirbtuvės");
        test($(com.vaadin.flow.component.textfield.TextField.class).id("action-title-" + action.getId())).setValue("Kūrybinės dirbtuvės");
        test($(Button.class).id("save-now")).click();
        assertThat(plans.action(action.getId()).getTitle()).isEqualTo("Kūrybinės dirbtuvės");
        assertThat(details.getSummaryText()).isEqualTo("Kūrybinės dirbtuvės");
    }

    @Test
    @WithUserDetails("lublin@citypeers.eu")
    void a_coordinator_of_another_city_opening_the_plan_url_is_refused() {
        Long id = demoPlan("Tauragė");
        UI.getCurrent().navigate("plans/" + id);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("plans/" + id + "/history");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void an_expert_not_assigned_opening_the_plan_url_is_refused() {
        Long id = support.newTauragePlan().getId();
        UI.getCurrent().navigate("plans/" + id);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_opening_a_plan_url_never_sees_the_plan() {
        Long id = demoPlan("Tauragė");
        UI.getCurrent().navigate("plans/" + id);
        assertThat(getCurrentView()).isNotInstanceOf(PlanEditorView.class);
        assertThat($(TextArea.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_sees_a_submitted_plan_read_only_with_the_workflow_and_assignment_buttons() {
        Long id = demoPlan("Kuldīga");
        navigate("plans/" + id, PlanEditorView.class);
        assertThat($(Button.class).id("workflow-in_review").isVisible()).isTrue();
        assertThat($(Button.class).id("open-assign").isVisible()).isTrue();
        openTab("CONTEXT");
        assertThat($(TextArea.class).id("section-text-CONTEXT").isReadOnly()).isTrue();
        assertThat($(Button.class).all()).noneMatch(b -> "save-now".equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_sees_recommended_practices_or_a_message_why_there_are_none() {
        navigate("plans/" + demoPlan("Tauragė"), PlanEditorView.class);
        openTab("ACTIONS");
        String panel = $(RecommendationsPanel.class).id("recommendations").getElement().getTextRecursively();
        if (recommender.getIfAvailable() == null) {
            assertThat(panel).contains("once the practice matching is available");
        } else {
            assertThat(panel).contains("Recommended good practices").doesNotContain("once the practice matching is available");
        }
    }
}
