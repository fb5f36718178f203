package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citypeers.search.IndexedPractice;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.PracticeQuery;
import org.citypeers.search.SearchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeIndexTest {

    static ConceptLexicon lexicon;

    @TempDir
    Path dir;

    PracticeIndex index;
    PracticeSearcher searcher;

    @BeforeAll
    static void loadLexicon() {
        lexicon = ConceptLexicon.load();
    }

    @BeforeEach
    void open() {
        index = new PracticeIndex(dir, lexicon);
        searcher = new PracticeSearcher(index, lexicon, PracticeSearcher.FusionSettings.defaults());
        index.replaceAll(List.of(
                practice(1, "pl", "Salon Seniora w bibliotece",
                        "Biblioteka miejska otworzyła salon dla osób starszych, które po przejściu na emeryturę są samotne.",
                        "Seniorzy spotykają się codziennie, uczestniczą w warsztatach i wolontariacie."),
                practice(2, "en", "Flood-proof riverside park",
                        "A park along the river designed to be flooded during heavy rain, protecting the old town from floods.",
                        "The city replaced concrete embankments with wetlands and rain gardens."),
                practice(3, "de", "Jugendzentrum im alten Bahnhof",
                        "Jugendliche haben den leerstehenden Bahnhof zu einem Jugendzentrum umgebaut.",
                        "Die Stadt stellte das Gebäude zur Verfügung, junge Menschen organisieren Konzerte.")));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void a_lithuanian_challenge_finds_the_polish_practice_through_concepts() {
        List<PracticeHit> hits = searcher.match(
                "Mūsų mieste daugėja vienišų pagyvenusių žmonių, senjorams trūksta susitikimų vietos bibliotekoje.",
                "lt", "en", List.of(), null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).externalId()).isEqualTo("p-1");
        assertThat(hits.get(0).why().concepts()).isNotEmpty();
        assertThat(hits.get(0).why().snippets()).isNotEmpty();
        assertThat(hits.get(0).why().snippets().get(0).html()).contains("<mark>");
    }

    @Test
    void a_slovenian_question_about_floods_finds_the_english_park() {
        List<PracticeHit> hits = searcher.match("Naše mesto pogosto prizadenejo poplave ob močnem deževju.",
                "sl", "en", List.of(), null, 3);
        assertThat(hits).extracting(PracticeHit::externalId).first().isEqualTo("p-2");
    }

    @Test
    void a_bulk_load_becomes_visible_at_once_when_it_ends_and_not_before() throws Exception {
        index.bulk(() -> {
            index.add(practice(4, "en", "Library for all ages", "The library opened a reading room for seniors.", "Daily meetings."));
            // the reopen thread would normally show a change within half a second: not during a bulk load
            try {
                Thread.sleep(1_200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(index.count()).isEqualTo(3);
        });
        assertThat(index.count()).isEqualTo(4);
        // and afterwards single changes are visible within a second again
        index.update(practice(5, "en", "Rain gardens", "Streets collect rain in gardens.", "Fewer floods."));
        assertThat(index.awaitVisible(2_000)).isTrue();
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void inflected_forms_meet_the_same_stem() {
        SearchPage page = searcher.search(PracticeQuery.text("jugendzentren"), "de", "en");
        assertThat(page.hits()).extracting(PracticeHit::externalId).contains("p-3");
    }

    @Test
    void facets_count_the_whole_result_and_filters_narrow_it() {
        SearchPage all = searcher.search(new PracticeQuery(null, null, null, null, null, null, null,
                PracticeQuery.Order.TITLE, 0, 2), null, "en");
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.hits()).hasSize(2);
        assertThat(all.facets().get("lang")).containsEntry("pl", 1L).containsEntry("en", 1L);
        SearchPage german = searcher.search(new PracticeQuery(null, null, null, java.util.Set.of("DE"), null, null, null,
                PracticeQuery.Order.RELEVANCE, 0, 10), null, "en");
        assertThat(german.hits()).extracting(PracticeHit::externalId).containsExactly("p-3");
    }

    @Test
    void counts_of_a_text_search_follow_deletions_and_updates() {
        SearchPage before = searcher.search(PracticeQuery.text("park river flood"), "en", "en");
        assertThat(before.total()).isEqualTo(before.hits().size()).isPositive();
        assertThat(before.facets().get("lang")).containsEntry("en", 1L);
        assertThat(before.facets().get("size")).containsEntry("small", before.total());

        index.delete(2);
        index.update(practice(5, "pl", "Park nad rzeką", "Park zalewowy chroni stare miasto przed powodzią.", ""));
        index.update(new IndexedPractice(6, "p-6", "River park for floods", "A second flood park by the river.", "",
                "en", List.of("cultural-heritage", "cultural-participation"), null, "City 6", "IE", 40_000, null, 2021));
        index.commit();

        SearchPage after = searcher.search(PracticeQuery.text("park river flood"), "en", "en");
        assertThat(after.hits()).extracting(PracticeHit::externalId).contains("p-6").doesNotContain("p-2");
        assertThat(after.total()).isEqualTo(after.hits().size());
        assertThat(after.facets().get("lang")).containsEntry("en", 1L);
        SearchPage all = searcher.search(new PracticeQuery(null, null, null, null, null, null, null,
                PracticeQuery.Order.RELEVANCE, 0, 10), null, "en");
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("lang")).containsEntry("pl", 2L).containsEntry("en", 1L).containsEntry("de", 1L);
        assertThat(all.facets().get("theme")).containsEntry("cultural-heritage", 1L)
                .containsEntry("cultural-participation", 1L);
    }

    @Test
    void lucene_syntax_in_a_query_is_only_text() {
        for (String q : List.of("\"", "*", "AND(", "\\", "title:(x OR", "~", "[a TO b]")) {
            assertThat(searcher.search(PracticeQuery.text(q), null, "en").hits()).isNotNull();
            assertThat(searcher.match(q, null, "en", List.of(), null, 5)).isNotNull();
        }
    }

    @Test
    void a_deleted_practice_disappears_and_an_update_is_visible_within_a_second() {
        index.delete(2);
        index.update(practice(4, "en", "Repair café", "Volunteers repair household items.", ""));
        assertThat(index.awaitVisible(1000)).isTrue();
        assertThat(searcher.get(2)).isEmpty();
        assertThat(searcher.get(4)).isPresent();
    }

    @Test
    void an_index_from_another_version_or_corrupt_is_recreated_for_a_rebuild() throws Exception {
        index.close();
        PracticeIndex reopened = new PracticeIndex(dir, lexicon);
        assertThat(reopened.rebuildNeeded()).isFalse();
        assertThat(reopened.count()).isEqualTo(3);
        reopened.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) {
                    Files.write(f, new byte[] {1, 2, 3});
                }
            }
        }
        index = new PracticeIndex(dir, lexicon);
        assertThat(index.rebuildNeeded()).isTrue();
        assertThat(index.count()).isZero();
    }

    static IndexedPractice practice(long id, String lang, String title, String summary, String description) {
        return new IndexedPractice(id, "p-" + id, title, summary, description, lang, List.of(), null, "City " + id,
                lang.equals("en") ? "IE" : lang.toUpperCase(), 40_000, null, 2020);
    }
}
