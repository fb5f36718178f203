package org.citypeers.plan;

import java.time.Instant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Someone else saved the programme's plan template since the editor loaded it. Nothing was written;
 * the editor keeps the person's changes and says who saved when.
 */
public class TemplateConflictException extends ObjectOptimisticLockingFailureException {

    private final String savedBy;
    private final transient Instant savedAt;

    public TemplateConflictException(Long templateId, String savedBy, Instant savedAt) {
        super(PlanTemplate.class, templateId);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** Who saved the template last (null when unknown). */
    public String getSavedBy() { return savedBy; }

    /** When (null when unknown). */
    public Instant getSavedAt() { return savedAt; }
}
