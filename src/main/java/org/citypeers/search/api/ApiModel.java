package org.citypeers.search.api;

import java.util.List;
import java.util.Map;
import org.citypeers.search.MatchExplanation;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.SearchService;
import org.citypeers.search.Snippet;

/** The JSON shapes of the public API (documented in the README). */
final class ApiModel {

    private ApiModel() {}

    record Practice(long id, String externalId, String title, String summary, String language, String city,
                    String country, Integer population, String programme, Integer year, List<String> themes,
                    String url, Why why) {

        static Practice of(PracticeHit h) {
            return new Practice(h.id(), h.externalId(), h.title(), h.summary(), h.language(), h.cityName(), h.country(),
                    h.population(), h.programme(), h.year(), h.themes(), "/practices/" + h.id(),
                    h.why() == MatchExplanation.NONE ? null : Why.of(h.why()));
        }
    }

    /**
     * Why a practice matched; snippets are HTML with the text escaped and matches in {@code <mark>};
     * {@code related}: concepts shared with the best matches rather than with the query (ADR 0016).
     */
    record Why(List<Concept> concepts, List<String> terms, List<String> snippets, List<Concept> related) {
        static Why of(MatchExplanation e) {
            return new Why(concepts(e.concepts()), e.terms(), e.snippets().stream().map(Snippet::html).toList(),
                    concepts(e.related()));
        }

        private static List<Concept> concepts(List<MatchExplanation.MatchedConcept> list) {
            return list.stream().map(c -> new Concept(c.id(), c.label(), c.theme())).toList();
        }
    }

    record Concept(String id, String label, boolean theme) {}

    record Page(List<Practice> items, long total, int page, int size, int pages, Map<String, Map<String, Long>> facets) {}

    record Match(String language, boolean languageDetected, List<Practice> items) {}

    record Recommendations(long cityId, List<Practice> items, List<SearchService.PeerCity> peerCities) {}

    record Error(int status, String error) {}
}
