package org.citypeers.review;

import java.util.List;
import java.util.Map;

/**
 * The weighted score of a plan on 0-100: each criterion's score (0 to {@link CriterionScore#MAX}, or the
 * average of the experts' scores) counts with its weight in percent. With weights 40/30/30 and scores
 * 8, 6 and 7 the plan gets 0.4*80 + 0.3*60 + 0.3*70 = 71. Weights that do not add up to 100 are scaled.
 */
final class WeightedScore {

    record Weighted(Long criterionId, int weight) {}

    private WeightedScore() {}

    /** The weighted score, or null when no criterion with a weight has a score. */
    static Double of(List<Weighted> criteria, Map<Long, Double> scores) {
        double sum = 0;
        int weights = 0;
        for (Weighted c : criteria) {
            Double s = scores.get(c.criterionId());
            if (s != null && c.weight() > 0) {
                sum += c.weight() * s / CriterionScore.MAX;
                weights += c.weight();
            }
        }
        if (weights == 0) {
            return null;
        }
        return Math.round(sum / weights * 100 * 10) / 10.0;
    }
}
