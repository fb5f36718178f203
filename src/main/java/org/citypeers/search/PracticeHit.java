package org.citypeers.search;

import java.util.List;

/** A published practice found by a search or a match, with the reasons it was found. */
public record PracticeHit(
        long id,
        String externalId,
        String title,
        String summary,
        String language,
        Long cityId,
        String cityName,
        String country,
        Integer population,
        String programme,
        Integer year,
        List<String> themes,
        double score,
        MatchExplanation why) {

    public PracticeHit {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
