package org.citypeers.plan;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan is in the programme's workflow. */
public enum PlanStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, RESUBMITTED, APPROVED, REJECTED;

    /** The city may change the plan only while it is in its hands. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Statuses a programme manager may move the plan to from this one. */
    public Set<PlanStatus> managerTargets() {
        return switch (this) {
            case SUBMITTED, RESUBMITTED -> EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED);
            case IN_REVIEW -> EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED);
            default -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    /** The status a submission from this status leads to, if the city may submit now. */
    public PlanStatus afterSubmission() {
        return switch (this) {
            case DRAFT -> SUBMITTED;
            case CHANGES_REQUESTED -> RESUBMITTED;
            default -> null;
        };
    }

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
