package org.citypeers.practice;

/**
 * Published inside the transaction on every change of a practice (created, edited, status changed,
 * imported, attachment added). Listen with {@code @TransactionalEventListener(phase = AFTER_COMMIT)}
 * and read the committed state with {@link PracticeService#findForIndex(long)}.
 */
public record PracticeChanged(long practiceId) {}
