package org.citypeers.practice;

/**
 * Where a practice stands: DRAFT -> SUBMITTED -> VALIDATED (by an expert) -> PUBLISHED; SUBMITTED or
 * VALIDATED may be RETURNED to the city (with a reason, then edited and submitted again) or REJECTED.
 */
public enum PracticeStatus {
    DRAFT, SUBMITTED, VALIDATED, PUBLISHED, RETURNED, REJECTED;

    /** Whether the owning city may still edit the practice. */
    public boolean editableByCity() {
        return this == DRAFT || this == RETURNED;
    }
}
