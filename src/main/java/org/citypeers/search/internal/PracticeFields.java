package org.citypeers.search.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Field names of the practice index (one place, so documents and queries agree). */
final class PracticeFields {

    static final String ID = "id";
    static final String EXTERNAL_ID = "ext";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String LANGUAGE = "lang";
    static final String COUNTRY = "country";
    static final String CITY = "city";
    static final String CITY_ID = "city_id";
    static final String POPULATION = "population";
    static final String SIZE = "size";
    static final String PROGRAMME = "programme";
    static final String YEAR = "year";
    static final String THEME = "theme";
    static final String TITLE_SORT = "title_sort";
    /** Concept ids found in the text and themes, repeated per occurrence (term frequency counts). */
    static final String CONCEPT = "concept";
    /** The distinct concept ids, stored for explanations. */
    static final String CONCEPTS_STORED = "concepts";
    /** Language-independent character n-grams of title, summary and the start of the description. */
    static final String NGRAM = "ngram";
    /** English stems of the text: its own (English) or dictionary translations of its stems ({@link PivotDictionary}). */
    static final String PIVOT = "pivot";

    /** Facet dimensions (each indexed as a keyword and as sorted-set doc values). */
    static final String[] FACETS = {THEME, COUNTRY, SIZE, PROGRAMME, LANGUAGE};

    private PracticeFields() {}

    /** The analysed full text in its own language: text_pl, text_en ... */
    static String text(String language) {
        return "text_" + LanguageAnalyzers.normalise(language);
    }

    static String title(String language) {
        return "title_" + LanguageAnalyzers.normalise(language);
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String l : LanguageAnalyzers.LANGUAGES) {
            perField.put(text(l), LanguageAnalyzers.forLanguage(l));
            perField.put(title(l), LanguageAnalyzers.forLanguage(l));
        }
        perField.put(text(LanguageAnalyzers.GENERIC), LanguageAnalyzers.forLanguage(LanguageAnalyzers.GENERIC));
        perField.put(title(LanguageAnalyzers.GENERIC), LanguageAnalyzers.forLanguage(LanguageAnalyzers.GENERIC));
        perField.put(NGRAM, LanguageAnalyzers.ngrams());
        perField.put(CONCEPT, new WhitespaceAnalyzer());
        perField.put(PIVOT, new WhitespaceAnalyzer());
        return new PerFieldAnalyzerWrapper(LanguageAnalyzers.forLanguage(LanguageAnalyzers.GENERIC), perField);
    }

    /** Small (< 50,000 inhabitants), medium (< 250,000), large, or unknown. */
    static String sizeOf(Integer population) {
        if (population == null || population <= 0) {
            return "unknown";
        }
        return population < 50_000 ? "small" : population < 250_000 ? "medium" : "large";
    }
}
