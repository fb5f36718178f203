package org.citypeers.plan;

/** Event: an expert was taken off a plan. */
public record ExpertUnassigned(long planId, long programmeId, long expertUserId, Long actorId) {}
