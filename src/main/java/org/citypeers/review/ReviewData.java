package org.citypeers.review;

import java.util.Map;

/** What the review form edits: per criterion id a score and a justification, the recommendation and a comment. */
public record ReviewData(Map<Long, Entry> scores, Recommendation recommendation, String overallComment) {

    public ReviewData {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    public record Entry(Integer score, String justification) {}
}
