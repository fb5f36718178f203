package org.citypeers.plan;

import java.util.List;
import org.citypeers.security.UserAccount;
import org.springframework.stereotype.Component;

/** Writes the plan's audit trail; read through {@link PlanWorkflowService#history(Long)}. */
@Component
class PlanAuditTrail {

    private final PlanAuditEntryRepository entries;

    PlanAuditTrail(PlanAuditEntryRepository entries) {
        this.entries = entries;
    }

    void record(ActionPlan plan, UserAccount actor, PlanAuditEntry.Kind kind, PlanStatus from, PlanStatus to, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > PlanAuditEntry.NOTE_MAX) {
            throw new IllegalArgumentException("The note is longer than " + PlanAuditEntry.NOTE_MAX + " characters.");
        }
        entries.save(new PlanAuditEntry(plan.getId(), actor.getId(), actor.getName(), kind, from, to, n));
    }

    List<PlanAuditEntry> of(Long planId) {
        return entries.findByPlanIdOrderByHappenedAtAscIdAsc(planId);
    }
}
