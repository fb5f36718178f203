package org.citypeers.review;

import java.util.List;

/**
 * The experts' verdict on a plan so far, for the award rules: how many reviews were submitted, the
 * weighted score (0-100; null while none is submitted) and each criterion's average (0-10).
 */
public record ScoreSummary(long planId, int submittedReviews, Double weightedScore, List<CriterionAverage> criteria) {

    public record CriterionAverage(Long criterionId, String name, int weight, Double average) {}
}
