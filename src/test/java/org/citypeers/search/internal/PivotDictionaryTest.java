package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PivotDictionaryTest {

    static List<String> pivot(PivotDictionary d, String text, String language) {
        return d.translate(AnalysedText.of(text, language).terms(), language);
    }

    @Test
    void inflected_text_meets_the_headword_at_the_stem_and_becomes_english_stems() throws Exception {
        PivotDictionary d = PivotDictionary.load(DictdReaderTest.fixtures());
        assertThat(d.languages()).containsExactly("pl");
        assertThat(d.fingerprint()).startsWith("v1,pl:");
        // "powodzie" and "powódź" are both headwords; the text's forms find them through the Polish stemmer
        assertThat(pivot(d, "Powodzie", "pl")).contains("flood");
        assertThat(pivot(d, "Biblioteka", "pl")).containsExactly("librari", "bookcas");
        // the most frequent translations over the headwords of one stem, at most three
        assertThat(d.translate(List.of(AnalysedText.of("powódź", "pl").terms().get(0)), "pl"))
                .hasSizeLessThanOrEqualTo(PivotDictionary.STEMS_PER_STEM).contains("flood");
    }

    @Test
    void stop_words_multi_word_headwords_and_long_phrases_are_not_translated() throws Exception {
        PivotDictionary d = PivotDictionary.load(DictdReaderTest.fixtures());
        assertThat(pivot(d, "i", "pl")).isEmpty();
        assertThat(pivot(d, "stołeczne", "pl")).isEmpty();
        assertThat(pivot(d, "samotny", "pl")).containsExactly("lone", "solitari", "alon");
    }

    @Test
    void english_is_its_own_pivot_and_a_language_without_dictionary_has_none() throws Exception {
        PivotDictionary d = PivotDictionary.load(DictdReaderTest.fixtures());
        assertThat(pivot(d, "Flooded libraries", "en")).containsExactly("flood", "librari");
        assertThat(pivot(d, "Plūdi pilsētā", "lv")).isEmpty();
        assertThat(d.covers("en")).isTrue();
        assertThat(d.covers("lv")).isFalse();
    }

    @Test
    void without_dictionaries_the_pivot_is_empty_and_says_so() {
        PivotDictionary d = PivotDictionary.loadInBackground(Path.of("/nonexistent-dictionaries"));
        assertThat(d.languages()).isEmpty();
        assertThat(d.fingerprint()).isEqualTo("none");
        assertThat(d.translate(List.of("powodz"), "pl")).isEmpty();
        assertThat(PivotDictionary.none().fingerprint()).isEqualTo("none");
    }
}
