package org.citypeers.search;

import java.util.List;
import java.util.stream.Collectors;
import org.citypeers.plan.PracticeRecommender;
import org.springframework.stereotype.Component;

/** The matching behind the plan feature's recommendations port. */
@Component
class SearchPracticeRecommender implements PracticeRecommender {

    private final SearchService search;

    SearchPracticeRecommender(SearchService search) {
        this.search = search;
    }

    @Override
    public List<Recommendation> recommend(String challengesText, String language, int max) {
        if (challengesText == null || challengesText.isBlank() || max < 1) {
            return List.of();
        }
        String text = challengesText.length() > SearchService.MAX_MATCH_TEXT
                ? challengesText.substring(0, SearchService.MAX_MATCH_TEXT) : challengesText;
        String lang = language != null && org.citypeers.base.Languages.CONTENT.contains(language) ? language : null;
        return search.match(text, lang, lang, Math.min(max, SearchService.MAX_MATCH_RESULTS)).hits().stream()
                .map(h -> new Recommendation(h.id(), h.title(), h.language(), reason(h)))
                .toList();
    }

    /** "Themes: …; words: …" from the explanation, in the plan's language where labels exist. */
    static String reason(PracticeHit h) {
        StringBuilder b = new StringBuilder();
        if (!h.why().concepts().isEmpty()) {
            b.append(h.why().concepts().stream().limit(5).map(MatchExplanation.MatchedConcept::label)
                    .collect(Collectors.joining(", ")));
        }
        if (!h.why().terms().isEmpty()) {
            if (!b.isEmpty()) {
                b.append(" · ");
            }
            b.append(String.join(", ", h.why().terms().stream().limit(5).toList()));
        }
        return b.toString();
    }
}
