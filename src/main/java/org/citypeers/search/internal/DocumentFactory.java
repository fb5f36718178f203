package org.citypeers.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.citypeers.search.IndexedPractice;

/** Turns a practice snapshot into a Lucene document: per-language text, n-grams, concepts, facets. */
final class DocumentFactory {

    /** How much of the description feeds the n-gram field (the start says what a practice is about). */
    static final int NGRAM_DESCRIPTION_CHARS = 0;
    /** A theme assigned by people weighs more than a concept found in the text. */
    static final int THEME_WEIGHT = 3;

    /**
     * Every analysed field is searched term by term (no phrase queries; passages are found by analysing
     * the stored text again, see {@link Explainer}), so postings keep frequencies (BM25) but no positions:
     * indexing and the index are cheaper, scores are the same.
     */
    static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_ONLY.freeze();
    }

    private final ConceptLexicon lexicon;
    private final PivotDictionary pivot;

    DocumentFactory(ConceptLexicon lexicon, PivotDictionary pivot) {
        this.lexicon = lexicon;
        this.pivot = pivot;
    }

    Document create(IndexedPractice p) {
        String lang = LanguageAnalyzers.normalise(p.language());
        Document doc = new Document();
        doc.add(new StringField(PracticeFields.ID, Long.toString(p.id()), Field.Store.YES));
        store(doc, PracticeFields.EXTERNAL_ID, p.externalId());
        store(doc, PracticeFields.TITLE, p.title());
        store(doc, PracticeFields.SUMMARY, p.summary());
        store(doc, PracticeFields.DESCRIPTION, p.description());
        store(doc, PracticeFields.CITY, p.cityName());
        if (p.cityId() != null) {
            doc.add(new StringField(PracticeFields.CITY_ID, Long.toString(p.cityId()), Field.Store.YES));
        }
        if (p.population() != null) {
            doc.add(new StoredField(PracticeFields.POPULATION, p.population()));
        }
        if (p.year() != null) {
            doc.add(new StoredField(PracticeFields.YEAR, p.year()));
            doc.add(new NumericDocValuesField(PracticeFields.YEAR, p.year()));
        }
        String title = p.title() == null ? "" : p.title();
        doc.add(new SortedDocValuesField(PracticeFields.TITLE_SORT, new BytesRef(title.toLowerCase(Locale.ROOT))));

        facet(doc, PracticeFields.LANGUAGE, p.language() == null ? lang : p.language().toLowerCase(Locale.ROOT));
        facet(doc, PracticeFields.COUNTRY, p.country() == null ? null : p.country().toUpperCase(Locale.ROOT));
        facet(doc, PracticeFields.SIZE, PracticeFields.sizeOf(p.population()));
        facet(doc, PracticeFields.PROGRAMME, p.programme());

        String full = p.fullText();
        // analysed once: the same tokens feed the language field and the concept matching
        AnalysedText analysed = AnalysedText.of(full, lang);
        doc.add(new Field(PracticeFields.text(lang), new TokenListStream(analysed.tokens()), TERMS_ONLY));
        doc.add(new Field(PracticeFields.title(lang), title, TERMS_ONLY));
        doc.add(new Field(PracticeFields.NGRAM, ngramText(p), TERMS_ONLY));
        if (pivot.covers(lang)) {
            doc.add(new Field(PracticeFields.PIVOT, TokenListStream.ofTerms(pivot.translate(analysed.terms(), lang)), TERMS_ONLY));
        }

        Map<String, Integer> concepts = new LinkedHashMap<>();
        for (ConceptLexicon.Hit hit : lexicon.find(analysed, lang)) {
            concepts.merge(hit.conceptId(), 1, Integer::sum);
        }
        for (String theme : p.themes()) {
            Set<String> ids = themeConcepts(theme);
            for (String id : ids) {
                concepts.merge(id, THEME_WEIGHT, Integer::sum);
            }
            facet(doc, PracticeFields.THEME, ids.stream().filter(id -> id.startsWith("t:"))
                    .map(id -> id.substring(2)).findFirst().orElse(theme));
        }
        List<String> conceptTerms = new ArrayList<>();
        concepts.forEach((id, n) -> {
            for (int i = 0; i < n; i++) {
                conceptTerms.add(id);
            }
        });
        doc.add(new Field(PracticeFields.CONCEPT, TokenListStream.ofTerms(conceptTerms), TERMS_ONLY));
        doc.add(new StoredField(PracticeFields.CONCEPTS_STORED, String.join(" ", concepts.keySet())));
        return doc;
    }

    /** A theme code of the taxonomy, or a free label in any language mapped to concepts. */
    Set<String> themeConcepts(String theme) {
        if (theme == null) {
            return Set.of();
        }
        String fingerprint = lexicon.fingerprint();
        if (!fingerprint.equals(themeCacheFingerprint)) {
            themeCache.clear();
            themeCacheFingerprint = fingerprint;
        }
        if (themeCache.size() > 10_000) {
            themeCache.clear();
        }
        return themeCache.computeIfAbsent(theme, this::mapTheme);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> themeCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String themeCacheFingerprint = "";

    private Set<String> mapTheme(String theme) {
        Set<String> ids = new LinkedHashSet<>();
        if (theme == null || theme.isBlank()) {
            return ids;
        }
        String code = theme.trim();
        if (lexicon.concept(ConceptLexicon.themeId(code)).isPresent()) {
            ids.add(ConceptLexicon.themeId(code));
            return ids;
        }
        ids.addAll(lexicon.conceptsOfLabel(code));
        return ids;
    }

    private static String ngramText(IndexedPractice p) {
        String d = p.description() == null ? "" : p.description();
        if (d.length() > NGRAM_DESCRIPTION_CHARS) { // title and summary say what a practice is about
            d = d.substring(0, NGRAM_DESCRIPTION_CHARS);
        }
        return (p.title() == null ? "" : p.title()) + "\n" + (p.summary() == null ? "" : p.summary()) + "\n" + d;
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
