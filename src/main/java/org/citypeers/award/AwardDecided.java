package org.citypeers.award;

/** Published after a decision on a plan is recorded or revoked (listeners notify the city). */
public record AwardDecided(Long awardId, Long programmeId, Long planId, Long cityId, Award.Status status) {}
