package org.citypeers.award;

import java.util.List;

/**
 * The rules applied to one plan, its place in the ranking (1 = best score among the eligible plans,
 * 0 when not eligible) and what the manager can do with it now.
 */
public record Assessment(Candidate candidate, List<RuleResult> rules, int rank, Standing standing) {

    public enum Standing {
        /** Meets every rule including the country limit: can be awarded. */
        AWARDABLE,
        /** Meets the rules but the country has its awardees: only a jury place can award it. */
        NEEDS_JURY_PLACE,
        /** Meets the rules but the country has its awardees and no jury place is left. */
        OVER_COUNTRY_LIMIT,
        /** Misses at least one rule. */
        NOT_ELIGIBLE,
        AWARDED,
        AWARDED_WITH_JURY_PLACE,
        DECLINED
    }

    public boolean eligible() {
        return rank > 0;
    }

    public RuleResult result(Rule rule) {
        return rules.stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    /** Whether the manager may award this plan now (with a jury place or without). */
    public boolean decidable() {
        return standing == Standing.AWARDABLE || standing == Standing.NEEDS_JURY_PLACE;
    }
}
