package org.citypeers.award;

import java.util.Set;

/**
 * A programme's award rules as plain values (see {@link AwardRules} for the stored, editable form).
 *
 * @param maxPerCountry at most this many awardees per country; 0 means no limit
 * @param juryPlaces    awards the jury may grant beyond the country limit
 */
public record RuleSet(boolean requireCompleteSections, int minReviews, double minScore, int maxPerCountry, int juryPlaces,
                      boolean excludeCapitals, Set<Long> excludedCityIds) {

    public RuleSet {
        excludedCityIds = excludedCityIds == null ? Set.of() : Set.copyOf(excludedCityIds);
    }
}
