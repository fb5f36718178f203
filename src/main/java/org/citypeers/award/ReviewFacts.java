package org.citypeers.award;

/** The review figures the award rules read about one plan. */
interface ReviewFacts {

    record Facts(int submittedReviews, Double weightedScore) {}

    Facts of(Long planId);
}
