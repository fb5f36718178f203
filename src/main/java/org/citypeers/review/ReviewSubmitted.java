package org.citypeers.review;

/**
 * Event: an expert submitted their review (scores and recommendation) of version {@code planVersion} of a
 * plan; {@code revision} when it replaces their submitted review of an earlier version.
 */
public record ReviewSubmitted(long planId, long programmeId, long reviewId, long expertUserId, Recommendation recommendation,
                              int planVersion, boolean revision) {}
