package org.citypeers.plan;

/**
 * Event: a plan was submitted or resubmitted; {@code versionNumber} is the frozen version just made.
 * Published inside the service's transaction (listen with {@code @TransactionalEventListener} for after commit).
 */
public record PlanSubmitted(long planId, long programmeId, long cityId, int versionNumber, boolean resubmission, Long actorId) {}
