package org.citypeers.review;

/** Event: an expert submitted their review (scores and recommendation) of a plan. */
public record ReviewSubmitted(long planId, long programmeId, long reviewId, long expertUserId, Recommendation recommendation) {}
