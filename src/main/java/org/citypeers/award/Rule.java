package org.citypeers.award;

/** The award rules, in the order they are shown. */
public enum Rule {
    SECTIONS_COMPLETE,
    MIN_REVIEWS,
    MIN_SCORE,
    CITY_NOT_EXCLUDED,
    COUNTRY_LIMIT
}
