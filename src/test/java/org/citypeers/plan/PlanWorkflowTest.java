package org.citypeers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.difflib.text.DiffRow;
import java.util.List;
import org.citypeers.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The workflow from draft to decision, the audit trail, events, and frozen versions with their comparison. */
@RecordApplicationEvents
class PlanWorkflowTest extends IntegrationTest {

    private static final String NEW_VISION = "Nauja vizija jaunimui. ".repeat(8).strip();

    @Autowired PlanService plans;
    @Autowired PlanWorkflowService workflow;
    @Autowired PlanVersionService versions;
    @Autowired PlanTestSupport support;
    @Autowired ApplicationEvents events;

    private long planVersion(Long planId) {
        return support.as("manager@citypeers.eu", () -> plans.get(planId).getVersion());
    }

    @Test
    void a_plan_with_incomplete_required_sections_cannot_be_submitted() {
        ActionPlan plan = support.newTauragePlan();
        assertThatThrownBy(() -> support.as("coordinator@citypeers.eu", () -> workflow.submit(plan.getId(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context");
        support.as("coordinator@citypeers.eu", () -> assertThat(plans.get(plan.getId()).getStatus()).isEqualTo(PlanStatus.DRAFT));
    }

    @Test
    void a_plan_goes_from_draft_through_review_and_changes_to_approval_with_an_audit_trail() {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        support.completeRequired(id);

        PlanVersion v1 = support.as("coordinator@citypeers.eu", () -> workflow.submit(id, "First full draft"));
        assertThat(v1.getNumber()).isEqualTo(1);
        assertThat(events.stream(PlanSubmitted.class).filter(e -> e.planId() == id)).singleElement()
                .matches(e -> e.versionNumber() == 1 && !e.resubmission());

        // a submitted plan is frozen for the city, and the city cannot decide on it
        assertThatThrownBy(() -> support.as("coordinator@citypeers.eu", () -> plans.saveSection(id, PlanSectionKind.CONTEXT,
                plans.section(id, PlanSectionKind.CONTEXT).getVersion(), SectionContent.ofText("late change"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> support.as("coordinator@citypeers.eu",
                () -> workflow.changeStatus(id, plans.get(id).getVersion(), PlanStatus.APPROVED, null)))
                .isInstanceOf(AccessDeniedException.class);

        support.as("manager@citypeers.eu", () -> workflow.changeStatus(id, planVersion(id), PlanStatus.IN_REVIEW, null));
        assertThatThrownBy(() -> support.as("manager@citypeers.eu",
                () -> workflow.changeStatus(id, planVersion(id), PlanStatus.CHANGES_REQUESTED, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("why");
        support.as("manager@citypeers.eu", () -> workflow.changeStatus(id, planVersion(id), PlanStatus.CHANGES_REQUESTED,
                "Add a budget for the second year"));

        support.as("coordinator2@citypeers.eu", () -> {
            PlanSection context = plans.section(id, PlanSectionKind.CONTEXT);
            plans.saveSection(id, PlanSectionKind.CONTEXT, context.getVersion(), SectionContent.ofText(context.getText() + "\nAntrų metų biudžetas."));
            assertThat(workflow.submit(id, null).getNumber()).isEqualTo(2);
            assertThat(plans.get(id).getStatus()).isEqualTo(PlanStatus.RESUBMITTED);
        });
        support.as("manager@citypeers.eu", () -> workflow.changeStatus(id, planVersion(id), PlanStatus.APPROVED, "Well prepared"));
        assertThatThrownBy(() -> support.as("manager@citypeers.eu",
                () -> workflow.changeStatus(id, planVersion(id), PlanStatus.REJECTED, "Changed my mind")))
                .isInstanceOf(IllegalArgumentException.class);

        List<PlanAuditEntry> trail = support.as("coordinator@citypeers.eu", () -> workflow.history(id));
        assertThat(trail).filteredOn(e -> e.getKind() == PlanAuditEntry.Kind.STATUS_CHANGED).extracting(PlanAuditEntry::getToStatus)
                .containsExactly(PlanStatus.SUBMITTED, PlanStatus.IN_REVIEW, PlanStatus.CHANGES_REQUESTED, PlanStatus.RESUBMITTED,
                        PlanStatus.APPROVED);
        assertThat(trail).anyMatch(e -> e.getToStatus() == PlanStatus.CHANGES_REQUESTED && e.getActorName().equals("Magdalena Manager")
                && "Add a budget for the second year".equals(e.getNote()));
        assertThat(trail).anyMatch(e -> e.getToStatus() == PlanStatus.RESUBMITTED && e.getActorName().equals("Jonas Coordinator"));
        assertThat(events.stream(PlanStatusChanged.class).filter(e -> e.planId() == id).map(PlanStatusChanged::to))
                .containsExactly(PlanStatus.SUBMITTED, PlanStatus.IN_REVIEW, PlanStatus.CHANGES_REQUESTED, PlanStatus.RESUBMITTED,
                        PlanStatus.APPROVED);
        support.as((String) null, () -> assertThat(plans.publicSummary(id)).isPresent());
    }

    @Test
    void each_submission_freezes_a_version_and_two_versions_compare_section_by_section() {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        support.completeRequired(id);
        support.as("coordinator@citypeers.eu", () -> workflow.submit(id, null));
        support.as("manager@citypeers.eu", () -> workflow.changeStatus(id, planVersion(id), PlanStatus.CHANGES_REQUESTED, "More on youth"));
        support.as("coordinator@citypeers.eu", () -> {
            PlanSection vision = plans.section(id, PlanSectionKind.VISION);
            plans.saveSection(id, PlanSectionKind.VISION, vision.getVersion(), SectionContent.ofText(NEW_VISION));
            workflow.submit(id, null);
            // editing after the submission does not change the frozen versions
            assertThat(versions.version(id, 1).getSections().get(PlanSectionKind.VISION)).startsWith("Tekstas");
            assertThat(versions.version(id, 2).getSections().get(PlanSectionKind.VISION)).isEqualTo(NEW_VISION);
            assertThat(versions.versions(id)).extracting(PlanVersion::getNumber).containsExactly(2, 1);

            List<PlanVersionService.SectionDiff> diff = versions.compare(id, 1, 2);
            assertThat(diff).filteredOn(PlanVersionService.SectionDiff::changed).extracting(PlanVersionService.SectionDiff::kind)
                    .containsExactly(PlanSectionKind.VISION);
            PlanVersionService.SectionDiff vision2 = diff.stream().filter(d -> d.kind() == PlanSectionKind.VISION).findFirst().orElseThrow();
            assertThat(vision2.lines()).anyMatch(l -> l.tag() == DiffRow.Tag.CHANGE && l.newLine().equals(NEW_VISION));
        });
    }

    @Test
    void an_expert_or_another_city_cannot_read_the_versions_or_the_history() {
        ActionPlan plan = support.newTauragePlan();
        support.as("lublin@citypeers.eu", () -> {
            assertThatThrownBy(() -> workflow.history(plan.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.versions(plan.getId())).isInstanceOf(AccessDeniedException.class);
        });
        support.as("expert@citypeers.eu", () -> assertThatThrownBy(() -> versions.compare(plan.getId(), 0, 0))
                .isInstanceOf(AccessDeniedException.class));
    }
}
