package org.citypeers.plan;

import java.util.List;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's workflow: draft -> submitted -> in review -> changes requested -> resubmitted -> ... ->
 * approved or rejected. The city's coordinators submit (which freezes a numbered version); the
 * programme's managers move the plan on. Every step is written to the audit trail with who, when and
 * why, and published as {@link PlanStatusChanged} (and {@link PlanSubmitted} for submissions).
 */
@Service
@Transactional(readOnly = true)
public class PlanWorkflowService {

    private final ActionPlanRepository plans;
    private final PlanAccess access;
    private final PlanService planService;
    private final PlanVersionRepository versions;
    private final PlanAuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PlanWorkflowService(ActionPlanRepository plans, PlanAccess access, PlanService planService, PlanVersionRepository versions,
                        PlanAuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.plans = plans;
        this.access = access;
        this.planService = planService;
        this.versions = versions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Submits (or resubmits) the plan: the programme's required sections must be complete. Freezes a
     * new numbered version of all sections.
     *
     * @return the frozen version
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PlanVersion submit(Long planId, String note) {
        ActionPlan plan = access.checkEdit(planId);
        PlanStatus from = plan.getStatus();
        PlanStatus to = from.afterSubmission();
        if (to == null) {
            throw new IllegalArgumentException("A plan that is " + label(from) + " cannot be submitted.");
        }
        Completeness c = planService.completeness(planId);
        if (!c.missingRequired().isEmpty()) {
            throw new IllegalArgumentException("Complete the required sections first: "
                    + String.join(", ", c.missingRequired().stream().map(k -> label(k.name())).toList()) + ".");
        }
        UserAccount me = currentUser.require();
        int number = plan.getLatestVersion() + 1;
        PlanVersion v = versions.save(new PlanVersion(planId, number, me.getName(), planService.render(planId)));
        plan.setLatestVersion(number);
        plan.setStatus(to);
        plans.saveAndFlush(plan);
        audit.record(plan, me, PlanAuditEntry.Kind.STATUS_CHANGED, from, to, note == null || note.isBlank() ? "Version " + number : note);
        events.publishEvent(new PlanSubmitted(planId, plan.getProgramme().getId(), plan.getCity().getId(), number,
                to == PlanStatus.RESUBMITTED, me.getId()));
        events.publishEvent(new PlanStatusChanged(planId, plan.getProgramme().getId(), plan.getCity().getId(), from, to, me.getId(), note));
        return v;
    }

    /**
     * Moves a submitted plan on: to in review, changes requested, approved or rejected. The
     * programme's managers (or an admin) only. Requesting changes and rejecting need a reason.
     * {@code expectedVersion} is the plan version the manager saw (two managers deciding at once conflict).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public ActionPlan changeStatus(Long planId, long expectedVersion, PlanStatus to, String reason) {
        ActionPlan plan = access.checkManage(planId);
        if (plan.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ActionPlan.class, planId);
        }
        PlanStatus from = plan.getStatus();
        if (!from.managerTargets().contains(to)) {
            throw new IllegalArgumentException("A plan that is " + label(from) + " cannot become " + label(to) + ".");
        }
        boolean needsReason = to == PlanStatus.CHANGES_REQUESTED || to == PlanStatus.REJECTED;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Say why, so that the city knows what to do.");
        }
        UserAccount me = currentUser.require();
        plan.setStatus(to);
        ActionPlan saved = plans.saveAndFlush(plan);
        audit.record(plan, me, PlanAuditEntry.Kind.STATUS_CHANGED, from, to, reason);
        events.publishEvent(new PlanStatusChanged(planId, plan.getProgramme().getId(), plan.getCity().getId(), from, to, me.getId(),
                reason == null || reason.isBlank() ? null : reason.strip()));
        return saved;
    }

    /** Which statuses the signed-in person may move the plan to now (for the buttons; the service checks again). */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<PlanStatus> possibleTargets(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        java.util.Set<PlanStatus> out = java.util.EnumSet.noneOf(PlanStatus.class);
        if (access.canManage(plan)) {
            out.addAll(plan.getStatus().managerTargets());
        }
        if (access.canEdit(plan) && plan.getStatus().afterSubmission() != null) {
            out.add(plan.getStatus().afterSubmission());
        }
        return out;
    }

    /** The audit trail: who did what, when and why. Visible to everyone who may read the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanAuditEntry> history(Long planId) {
        access.checkRead(planId);
        return audit.of(planId);
    }

    static String label(PlanStatus s) {
        return label(s.name());
    }

    static String label(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
