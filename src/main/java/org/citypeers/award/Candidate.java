package org.citypeers.award;

/**
 * What the award rules read about one plan: who wrote it, whether its required sections are complete,
 * how many reviews were submitted and the weighted score (0-100; null while no review is submitted).
 * Plain values, so that the rule engine can be tested without plans or reviews.
 */
public record Candidate(long planId, String planTitle, long cityId, String cityName, String country, boolean capital,
                        boolean requiredSectionsComplete, int submittedReviews, Double weightedScore) {}
