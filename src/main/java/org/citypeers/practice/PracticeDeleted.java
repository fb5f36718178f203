package org.citypeers.practice;

/** Published inside the transaction when a practice is deleted; remove it from derived stores after commit. */
public record PracticeDeleted(long practiceId) {}
