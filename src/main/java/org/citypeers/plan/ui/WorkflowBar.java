package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanVersion;
import org.citypeers.plan.PlanWorkflowService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The workflow buttons the signed-in person may use now, each confirmed in a dialog (with a reason where needed). */
class WorkflowBar extends FlexLayout {

    WorkflowBar(PlanWorkflowService workflow, ActionPlan plan, BooleanSupplier saveAll, Runnable reload) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        Set<PlanStatus> targets = workflow.possibleTargets(plan.getId());
        for (PlanStatus to : PlanStatus.values()) {
            if (!targets.contains(to)) {
                continue;
            }
            boolean submission = to == PlanStatus.SUBMITTED || to == PlanStatus.RESUBMITTED;
            boolean needsReason = to == PlanStatus.CHANGES_REQUESTED || to == PlanStatus.REJECTED;
            String label = getTranslation("plan.workflow.to." + to.name());
            Button b = new Button(label, e -> {
                if (submission && !saveAll.getAsBoolean()) {
                    Notifications.error(getTranslation("plan.workflow.saveFirst"));
                    return;
                }
                new ReasonDialog(label, getTranslation("plan.workflow.explain." + to.name()), label, needsReason,
                        to == PlanStatus.REJECTED, reason -> {
                            try {
                                if (submission) {
                                    PlanVersion v = workflow.submit(plan.getId(), reason);
                                    Notifications.success(getTranslation("plan.workflow.submitted", v.getNumber()));
                                } else {
                                    workflow.changeStatus(plan.getId(), plan.getVersion(), to, reason);
                                    Notifications.success(getTranslation("plan.workflow.changed", getTranslation("plan.status." + to.name())));
                                }
                                reload.run();
                            } catch (ObjectOptimisticLockingFailureException ex) {
                                Notifications.error(getTranslation("plan.workflow.stale"));
                                reload.run();
                            } catch (IllegalArgumentException | AccessDeniedException ex) {
                                Notifications.error(ex.getMessage());
                            }
                        }).open();
            });
            b.setId("workflow-" + to.name().toLowerCase());
            if (submission || to == PlanStatus.APPROVED) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.setIcon(VaadinIcon.CHECK.create());
            }
            if (to == PlanStatus.REJECTED) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            add(b);
        }
    }
}
