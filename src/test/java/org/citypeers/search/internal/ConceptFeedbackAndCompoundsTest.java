package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citypeers.search.IndexedPractice;
import org.citypeers.search.PracticeHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compound parts in the concept layer, and the concept feedback run of matching. */
class ConceptFeedbackAndCompoundsTest {

    private static Concept concept(String id, Map<String, List<String>> labels) {
        return new Concept(id, Concept.Source.GLOSSARY, labels);
    }

    private static List<String> conceptsIn(ConceptLexicon lexicon, String text, String lang) {
        return lexicon.find(AnalysedText.of(text, lang), lang).stream().map(ConceptLexicon.Hit::conceptId).toList();
    }

    @Test
    void a_label_that_begins_or_ends_a_compound_is_found_in_compounding_languages_only() {
        ConceptLexicon lexicon = new ConceptLexicon(List.of(
                concept("g:energy", Map.of("et", List.of("energia"), "de", List.of("energie"), "pl", List.of("energia"))),
                concept("g:house", Map.of("de", List.of("haus"))),
                concept("g:culture", Map.of("de", List.of("kultur")))));

        assertThat(conceptsIn(lexicon, "Energiahinnad on viimastel aastatel kõikunud.", "et")).contains("g:energy");
        assertThat(conceptsIn(lexicon, "Das Kulturhaus im Dorf", "de")).contains("g:culture", "g:house");
        assertThat(conceptsIn(lexicon, "Die Energiepreise steigen.", "de")).contains("g:energy");
        // Polish does not write compounds as one word: no partial matches there
        assertThat(conceptsIn(lexicon, "energiapolityka", "pl")).isEmpty();
        // a part must leave a real word beside it: "Kulturen" is the plural, not a compound
        assertThat(conceptsIn(lexicon, "Kulturen", "de")).containsOnly("g:culture");
    }

    @Test
    void concept_feedback_finds_a_practice_that_shares_the_topic_of_the_best_hits_but_not_the_query_words(
            @TempDir Path withFeedback, @TempDir Path without) throws Exception {
        ConceptLexicon lexicon = new ConceptLexicon(List.of(
                concept("g:beekeeping", Map.of("pl", List.of("pszczoły", "pszczół"), "en", List.of("bees"),
                        "de", List.of("bienen"))),
                concept("g:roof", Map.of("pl", List.of("dach", "dachu"), "en", List.of("roof"), "de", List.of("dach"))),
                concept("g:honey", Map.of("pl", List.of("miód", "miodu"), "en", List.of("honey"),
                        "de", List.of("honig")))));
        List<IndexedPractice> practices = new ArrayList<>(List.of(
                PracticeIndexTest.practice(1, "en", "Bees on the library roof",
                        "Volunteers keep bees on the roof and sell the honey.", ""),
                PracticeIndexTest.practice(2, "pl", "Pszczoły na dachu urzędu",
                        "Pszczoły mieszkają na dachu, a miód trafia na targ.", ""),
                // shares honey and roof with the best hits, but not the query's word (bees)
                PracticeIndexTest.practice(3, "de", "Honig vom Dach der Schule",
                        "Schüler verkaufen Honig, der auf dem Dach der Schule entsteht.", "")));
        for (int i = 4; i < 20; i++) {
            practices.add(PracticeIndexTest.practice(i, "en", "Night buses " + i,
                    "The transport company runs night buses for shift workers.", ""));
        }
        String query = "Chcemy, żeby w mieście żyły pszczoły.";
        PracticeSearcher.Feedback off = new PracticeSearcher.Feedback(0, 5, 12);

        List<PracticeHit> hits = match(withFeedback, lexicon, practices, query, PracticeSearcher.Feedback.DEFAULT);
        assertThat(hits).extracting(PracticeHit::externalId).containsSubsequence("p-2", "p-1").contains("p-3");
        assertThat(match(without, lexicon, practices, query, off)).extracting(PracticeHit::externalId)
                .doesNotContain("p-3");
        // the practice found through the best matches says so: it shares honey and the roof with them
        PracticeHit third = hits.stream().filter(h -> h.externalId().equals("p-3")).findFirst().orElseThrow();
        assertThat(third.why().concepts()).isEmpty();
        assertThat(third.why().related()).extracting(m -> m.id()).contains("g:honey", "g:roof");
        assertThat(third.why().snippets().get(0).html()).contains("<mark>Honig</mark>");
        // a practice that shares the query's concept explains itself by it, not as related
        PracticeHit first = hits.stream().filter(h -> h.externalId().equals("p-1")).findFirst().orElseThrow();
        assertThat(first.why().concepts()).extracting(m -> m.id()).contains("g:beekeeping");
        assertThat(first.why().related()).extracting(m -> m.id()).doesNotContain("g:beekeeping");
    }

    private static List<PracticeHit> match(Path dir, ConceptLexicon lexicon, List<IndexedPractice> practices, String query,
                                      PracticeSearcher.Feedback feedback) throws Exception {
        try (PracticeIndex index = new PracticeIndex(dir, lexicon)) {
            index.replaceAll(practices);
            index.commit();
            index.awaitVisible(5_000);
            PracticeSearcher searcher = new PracticeSearcher(index, lexicon,
                    PracticeSearcher.FusionSettings.defaults().with(feedback));
            return searcher.match(query, "pl", "en", List.of(), null, 10);
        }
    }
}
