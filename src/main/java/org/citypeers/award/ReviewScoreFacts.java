package org.citypeers.award;

import org.citypeers.review.ReviewService;
import org.citypeers.review.ScoreSummary;
import org.springframework.stereotype.Component;

/** The review figures from the review feature: submitted reviews and their weighted aggregate (0-100). */
@Component
class ReviewScoreFacts implements ReviewFacts {

    private final ReviewService reviews;

    ReviewScoreFacts(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Facts of(Long planId) {
        ScoreSummary s = reviews.summary(planId);
        return new Facts(s.submittedReviews(), s.weightedScore());
    }
}
