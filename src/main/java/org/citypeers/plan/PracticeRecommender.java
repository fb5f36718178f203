package org.citypeers.plan;

import java.util.List;

/**
 * Port for the matching: practices that fit a plan's challenges. The plan feature defines it so that it
 * does not depend on the search feature, which implements it. Without an implementation the editor
 * says that recommendations are not available yet.
 */
public interface PracticeRecommender {

    /** Up to {@code max} practices for this text (in {@code language}, an ISO 639-1 code), best first. */
    List<Recommendation> recommend(String challengesText, String language, int max);

    /** One recommended practice and why it fits. */
    record Recommendation(long practiceId, String title, String language, String reason) {}
}
