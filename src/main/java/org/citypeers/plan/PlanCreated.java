package org.citypeers.plan;

/** Event: a city started a plan. Published inside the service's transaction. */
public record PlanCreated(long planId, long programmeId, long cityId, Long actorId) {}
