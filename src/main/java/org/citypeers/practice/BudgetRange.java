package org.citypeers.practice;

/** The rough budget a practice needs, in euros. */
public enum BudgetRange {
    UNDER_10K, FROM_10K_TO_50K, FROM_50K_TO_200K, FROM_200K_TO_1M, OVER_1M
}
