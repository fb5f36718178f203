package org.citypeers.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.programme.AwardCriterion;

/** What the review form edits: per criterion id a score and a justification, the recommendation and a comment. */
public record ReviewData(Map<Long, Entry> scores, Recommendation recommendation, String overallComment) {

    public ReviewData {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    public record Entry(Integer score, String justification) {}

    /**
     * Checks the entries against the programme's criteria: scores in range, texts within their limits; for
     * a submission ({@code complete}) every criterion needs a score and a justification, and the
     * recommendation is required.
     */
    void check(List<AwardCriterion> criteria, boolean complete) {
        Set<Long> known = criteria.stream().map(AwardCriterion::getId).collect(Collectors.toSet());
        if (!known.containsAll(scores.keySet())) {
            throw new IllegalArgumentException("A score refers to a criterion of another programme.");
        }
        for (ReviewData.Entry e : scores.values()) {
            if (e.score() != null && (e.score() < CriterionScore.MIN || e.score() > CriterionScore.MAX)) {
                throw new IllegalArgumentException("Scores go from " + CriterionScore.MIN + " to " + CriterionScore.MAX + ".");
            }
            if (e.justification() != null && e.justification().length() > CriterionScore.JUSTIFICATION_MAX) {
                throw new IllegalArgumentException("A justification has at most " + CriterionScore.JUSTIFICATION_MAX + " characters.");
            }
        }
        if (overallComment != null && overallComment.length() > PlanReview.COMMENT_MAX) {
            throw new IllegalArgumentException("The comment has at most " + PlanReview.COMMENT_MAX + " characters.");
        }
        if (complete) {
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("The programme has no award criteria to score against.");
            }
            for (AwardCriterion c : criteria) {
                ReviewData.Entry e = scores.get(c.getId());
                if (e == null || e.score() == null || e.justification() == null || e.justification().isBlank()) {
                    throw new IllegalArgumentException("Give a score and a justification for \"" + c.getName() + "\".");
                }
            }
            if (recommendation == null) {
                throw new IllegalArgumentException("Choose an overall recommendation.");
            }
        }
    }
}
