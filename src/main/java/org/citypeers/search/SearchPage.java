package org.citypeers.search;

import java.util.List;
import java.util.Map;

/** One page of library results with the total and the facet counts of the whole result. */
public record SearchPage(List<PracticeHit> hits, long total, int page, int pageSize,
                         Map<String, Map<String, Long>> facets) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
