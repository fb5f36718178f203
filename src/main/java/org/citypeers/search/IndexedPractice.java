package org.citypeers.search;

import java.util.List;

/**
 * What the search index knows of a published practice: an immutable snapshot taken from the practice
 * feature (or from an evaluation corpus). The database stays the source of truth.
 *
 * @param themes theme codes of the taxonomy or free theme labels in any language
 */
public record IndexedPractice(
        long id,
        String externalId,
        String title,
        String summary,
        String description,
        String language,
        List<String> themes,
        Long cityId,
        String cityName,
        String country,
        Integer population,
        String programme,
        Integer year) {

    public IndexedPractice {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** Title, summary and description as one text. */
    public String fullText() {
        StringBuilder b = new StringBuilder(title == null ? "" : title);
        if (summary != null) {
            b.append("\n").append(summary);
        }
        if (description != null) {
            b.append("\n").append(description);
        }
        return b.toString();
    }
}
