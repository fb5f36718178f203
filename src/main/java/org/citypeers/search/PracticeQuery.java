package org.citypeers.search;

import java.util.Set;

/**
 * A library search: free text (optional) in a language (optional: detected), facet filters, order and
 * page. Empty filter sets mean "any".
 */
public record PracticeQuery(
        String text,
        String language,
        Set<String> themes,
        Set<String> countries,
        Set<String> sizes,
        Set<String> programmes,
        Set<String> languages,
        Order order,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Longest query text accepted (characters). */
    public static final int MAX_TEXT = 2_000;

    public enum Order { RELEVANCE, NEWEST, TITLE }

    public PracticeQuery {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
        programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        order = order == null ? Order.RELEVANCE : order;
        if (page < 0) {
            throw new IllegalArgumentException("The page number must be 0 or more.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("The page size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The search text is too long (at most " + MAX_TEXT + " characters).");
        }
    }

    public static PracticeQuery text(String text) {
        return new PracticeQuery(text, null, null, null, null, null, null, Order.RELEVANCE, 0, 20);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
