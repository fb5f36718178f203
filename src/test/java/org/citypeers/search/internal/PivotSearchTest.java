package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citypeers.search.IndexedPractice;
import org.citypeers.search.PracticeHit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dictionary pivot with the real FreeDict dictionaries (Debian's dict-freedict-pol-eng, installed by
 * .ci/run and the Dockerfile). Skipped on a machine without them, but fails in CI (CI=true).
 */
class PivotSearchTest {

    static final Path DICTIONARIES = Path.of(System.getProperty("citypeers.search.dictionaries", "/usr/share/dictd"));

    static PivotDictionary pivot;

    @BeforeAll
    static void load() {
        if (!Files.exists(DICTIONARIES.resolve("freedict-pol-eng.index"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs the FreeDict dictionaries under " + DICTIONARIES + " (apt-get install dict-freedict-pol-eng)");
            }
            Assumptions.abort("No FreeDict dictionaries under " + DICTIONARIES);
        }
        pivot = PivotDictionary.load(DICTIONARIES);
    }

    @Test
    void a_polish_query_finds_an_english_practice_through_the_pivot(@TempDir Path withPivot, @TempDir Path without)
            throws Exception {
        String query = "Chcemy hodować pszczoły i zbierać miód na dachu ratusza.";
        assertThat(hits(withPivot, pivot, query)).first().isEqualTo("p-1");
        // without the dictionaries (and without the concept layer, which knows roofs and town halls) the
        // n-grams alone do not connect these words
        assertThat(hits(without, PivotDictionary.none(), query)).doesNotContain("p-1");
    }

    private static List<String> hits(Path dir, PivotDictionary dictionary, String query) throws Exception {
        ConceptLexicon lexicon = new ConceptLexicon(List.of()); // the pivot alone
        try (PracticeIndex index = new PracticeIndex(dir, lexicon, dictionary)) {
            index.replaceAll(List.of(
                    practice(1, "en", "Beehives on the town hall roof",
                            "Volunteers keep bees on the roof of the town hall and sell the honey at the weekly market."),
                    practice(2, "de", "Jugendzentrum im alten Bahnhof",
                            "Jugendliche haben den leerstehenden Bahnhof zu einem Jugendzentrum umgebaut."),
                    practice(3, "en", "Night buses for shift workers",
                            "The transport company runs night buses so that hospital staff can get home safely.")));
            index.commit();
            index.awaitVisible(5_000);
            PracticeSearcher searcher = new PracticeSearcher(index, lexicon, dictionary,
                    PracticeSearcher.FusionSettings.defaults());
            return searcher.match(query, "pl", "en", List.of(), null, 3).stream().map(PracticeHit::externalId).toList();
        }
    }

    private static IndexedPractice practice(long id, String lang, String title, String summary) {
        return PracticeIndexTest.practice(id, lang, title, summary, "");
    }
}
