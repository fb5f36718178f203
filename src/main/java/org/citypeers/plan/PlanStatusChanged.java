package org.citypeers.plan;

/** Event: any status change of a plan, submissions included; {@code reason} is the note the person gave (may be null). */
public record PlanStatusChanged(long planId, long programmeId, long cityId, PlanStatus from, PlanStatus to, Long actorId,
                                String reason) {}
