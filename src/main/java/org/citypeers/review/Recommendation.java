package org.citypeers.review;

/** An expert's overall recommendation on a plan. */
public enum Recommendation {
    AWARD,
    AWARD_WITH_CHANGES,
    DO_NOT_AWARD
}
