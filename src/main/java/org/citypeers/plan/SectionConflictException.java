package org.citypeers.plan;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Someone else saved the section (or action) since the editor loaded it. Carries what is stored now,
 * so the editor can show it next to the person's own text; nothing is overwritten and nothing is lost.
 */
public class SectionConflictException extends ObjectOptimisticLockingFailureException {

    private final transient Object current;
    private final long currentVersion;
    private final String savedBy;

    public SectionConflictException(Class<?> type, Object id, Object current, long currentVersion, String savedBy) {
        super(type, id);
        this.current = current;
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
    }

    /** What is stored now: a {@link SectionContent} for sections, an {@link ActionData} for actions, null if deleted. */
    public Object getCurrent() { return current; }

    /** The version to pass when the person decides to save their own text over the other one. */
    public long getCurrentVersion() { return currentVersion; }

    /** Who saved the stored text last. */
    public String getSavedBy() { return savedBy; }
}
