package org.citypeers.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query text analysed once for every run: its stems in its language (or in every language when the
 * language is unknown), the concepts it mentions, and its character n-grams.
 */
final class QueryAnalysis {

    /** Text beyond this length is ignored (a challenge description, not a book). */
    static final int MAX_CHARS = 20_000;
    static final int MAX_TERMS = 120;
    static final int MAX_NGRAMS = 400;

    final String text;
    final String language;
    final Map<String, List<String>> termsByLanguage = new LinkedHashMap<>();
    /** Concept id -> how often the text mentions it. */
    final Map<String, Integer> concepts = new LinkedHashMap<>();
    final List<String> ngrams;
    /** The query's English stems (its own, or dictionary translations of its stems), weighted by frequency. */
    final Map<String, Integer> pivot = new LinkedHashMap<>();
    private final Map<String, Set<String>> termsInLanguage = new ConcurrentHashMap<>();

    QueryAnalysis(String rawText, String language, ConceptLexicon lexicon) {
        this(rawText, language, lexicon, PivotDictionary.none());
    }

    QueryAnalysis(String rawText, String language, ConceptLexicon lexicon, PivotDictionary pivotDictionary) {
        String t = rawText == null ? "" : rawText;
        this.text = t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
        this.language = LanguageAnalyzers.normalise(language);
        List<String> languages = LanguageAnalyzers.GENERIC.equals(this.language)
                ? LanguageAnalyzers.LANGUAGES : List.of(this.language);
        for (String l : languages) {
            AnalysedText analysed = AnalysedText.of(text, l);
            termsByLanguage.put(l, distinct(analysed.terms(), MAX_TERMS));
            if (languages.size() == 1) { // a text of unknown language is not translated word by word
                for (String e : pivotDictionary.translate(termsByLanguage.get(l), l)) {
                    if (pivot.size() < MAX_TERMS || pivot.containsKey(e)) {
                        pivot.merge(e, 1, Integer::sum);
                    }
                }
            }
            for (ConceptLexicon.Hit hit : lexicon.find(analysed, l)) {
                concepts.merge(hit.conceptId(), 1, Integer::sum);
            }
        }
        this.ngrams = distinct(AnalysedText.of(LanguageAnalyzers.ngrams(), text).terms(), MAX_NGRAMS);
    }

    /** The query's stems as the analyser of {@code docLanguage} sees them (for explaining matches). */
    Set<String> termsIn(String docLanguage) {
        return termsInLanguage.computeIfAbsent(LanguageAnalyzers.normalise(docLanguage),
                l -> new LinkedHashSet<>(AnalysedText.of(text, l).terms()));
    }

    boolean isEmpty() {
        return termsByLanguage.values().stream().allMatch(List::isEmpty) && concepts.isEmpty() && ngrams.isEmpty();
    }

    private static List<String> distinct(List<String> terms, int max) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(terms));
        return out.size() > max ? out.subList(0, max) : out;
    }
}
