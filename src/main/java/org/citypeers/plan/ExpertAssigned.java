package org.citypeers.plan;

/** Event: an expert was assigned to a plan (or their role on it changed). */
public record ExpertAssigned(long planId, long programmeId, long expertUserId, ExpertRole role, Long actorId) {}
