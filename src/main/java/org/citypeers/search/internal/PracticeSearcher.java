package org.citypeers.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.citypeers.search.MatchExplanation;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.PracticeQuery;
import org.citypeers.search.SearchPage;

/**
 * Runs matches and library searches on the index. A text is searched by four runs: its stems in the
 * practices of its own language, its concepts (language-neutral), its character n-grams, and its English
 * stems (dictionary pivot, {@link PivotDictionary}) in the practices of other languages; the ranked lists are
 * fused with weights (see {@link Fusion}, docs/adr/0006-multilingual-index.md and 0013-dictionary-pivot.md).
 */
public final class PracticeSearcher {

    /** How deep each run ranks before fusion. */
    static final int RUN_DEPTH = 100;

    private final PracticeIndex index;
    private final ConceptLexicon lexicon;
    private final Explainer explainer;
    private final FusionSettings settings;
    private final PivotDictionary pivot;

    public PracticeSearcher(PracticeIndex index, ConceptLexicon lexicon, FusionSettings settings) {
        this(index, lexicon, PivotDictionary.none(), settings);
    }

    public PracticeSearcher(PracticeIndex index, ConceptLexicon lexicon, PivotDictionary pivot, FusionSettings settings) {
        this.index = index;
        this.lexicon = lexicon;
        this.pivot = pivot;
        this.explainer = new Explainer(lexicon);
        this.settings = settings;
    }

    /** Weights of the runs (words, concepts, n-grams, English pivot) and the fusion method. */
    public record FusionSettings(Fusion.Method method, double words, double concepts, double ngrams, double pivot,
                                 int rrfK, Feedback feedback) {
        /** Weight of the dictionary pivot run (tuned on the development set, see docs/evaluation.md). */
        public static final double PIVOT = 0.5;

        public FusionSettings(Fusion.Method method, double words, double concepts, double ngrams, double pivot, int rrfK) {
            this(method, words, concepts, ngrams, pivot, rrfK, Feedback.DEFAULT);
        }

        public static FusionSettings defaults() {
            return new FusionSettings(Fusion.Method.SCORE, 1.0, 3.0, 0.3, PIVOT, 60);
        }

        public FusionSettings with(Feedback f) {
            return new FusionSettings(method, words, concepts, ngrams, pivot, rrfK, f);
        }

        public static FusionSettings of(String method, double words, double concepts, double ngrams, int rrfK) {
            return of(method, words, concepts, ngrams, PIVOT, rrfK);
        }

        public static FusionSettings of(String method, double words, double concepts, double ngrams, double pivot,
                                        int rrfK) {
            return new FusionSettings(Fusion.Method.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
                    words, concepts, ngrams, pivot, rrfK);
        }
    }

    /**
     * Concept feedback: the concepts shared by the best practices of the first ranking are searched again
     * (language-neutral), so that practices in other languages that share the topic, not the query's words,
     * are found. {@code weight} 0 switches it off; the default was tuned on the development sets (docs/evaluation.md).
     */
    public record Feedback(double weight, int docs, int concepts) {
        /** The defaults, also of the {@code citypeers.search.feedback.*} properties. */
        public static final double WEIGHT = 0.5;
        public static final int DOCS = 5;
        public static final int CONCEPTS = 12;
        public static final Feedback DEFAULT = new Feedback(WEIGHT, DOCS, CONCEPTS);
    }

    /**
     * The practices that best answer a text (a challenge), best first.
     *
     * @param exclude practice ids never to return (e.g. the practice itself, a city's own practices)
     */
    public List<PracticeHit> match(String text, String language, String displayLanguage, Collection<Long> exclude,
                                   Long excludeCity, int limit) {
        QueryAnalysis query = new QueryAnalysis(text, language, lexicon, pivot);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query filter = exclusion(exclude, excludeCity);
        return index.read(searcher -> {
            List<TopDocs> runs = new ArrayList<>();
            runs.add(searcher.search(restrict(wordsQuery(query), filter), RUN_DEPTH));
            runs.add(searcher.search(restrict(conceptQuery(query), filter), RUN_DEPTH));
            runs.add(searcher.search(restrict(ngramQuery(query, 0), filter), RUN_DEPTH));
            runs.add(query.pivot.isEmpty() ? new TopDocs(new org.apache.lucene.search.TotalHits(0,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
                    : searcher.search(restrict(otherLanguages(pivotQuery(query, searcher), query), filter), RUN_DEPTH));
            double[] weights = {settings.words(), settings.concepts(), settings.ngrams(), settings.pivot(),
                    settings.feedback().weight()};
            List<Fusion.Fused> fused = Fusion.fuse(settings.method(), runs, weights, settings.rrfK());
            StoredFields stored = searcher.storedFields();
            Map<String, Double> feedback = settings.feedback().weight() > 0
                    ? feedbackConcepts(fused, stored, searcher) : Map.of();
            if (!feedback.isEmpty()) {
                runs.add(searcher.search(restrict(otherLanguages(feedbackQuery(feedback), query), filter), RUN_DEPTH));
                fused = Fusion.fuse(settings.method(), runs, weights, settings.rrfK());
            }
            List<PracticeHit> hits = new ArrayList<>();
            for (Fusion.Fused f : fused.subList(0, Math.min(limit, fused.size()))) {
                hits.add(hit(stored.document(f.doc()), f.score(), query, displayLanguage, true, feedback.keySet()));
            }
            return hits;
        });
    }

    /** A page of the library: the text (if any) must match; filters narrow; facets count the whole result. */
    public SearchPage search(PracticeQuery q, String language, String displayLanguage) {
        QueryAnalysis query = q.hasText() ? new QueryAnalysis(q.text(), language, lexicon, pivot) : null;
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        addFilter(filters, PracticeFields.THEME, q.themes());
        addFilter(filters, PracticeFields.COUNTRY, q.countries());
        addFilter(filters, PracticeFields.SIZE, q.sizes());
        addFilter(filters, PracticeFields.PROGRAMME, q.programmes());
        addFilter(filters, PracticeFields.LANGUAGE, q.languages());
        filters.add(new MatchAllDocsQuery(), Occur.FILTER);
        Query filter = filters.build();
        Query textQuery;
        if (query == null) {
            textQuery = new MatchAllDocsQuery();
        } else if (query.isEmpty()) {
            textQuery = new MatchNoDocsQuery();
        } else {
            // words in any language, concepts, and n-grams covering most of the query's n-grams (typos, prefixes)
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(allLanguagesQuery(query), (float) settings.words()), Occur.SHOULD);
            any.add(new BoostQuery(conceptQuery(query), (float) settings.concepts()), Occur.SHOULD);
            int minNgrams = Math.max(1, (int) Math.ceil(query.ngrams.size() * 0.7));
            any.add(new BoostQuery(ngramQuery(query, minNgrams), (float) settings.ngrams()), Occur.SHOULD);
            textQuery = any.build();
        }
        Query full = restrict(textQuery, filter);
        int from = q.page() * q.pageSize();
        return index.read(searcher -> {
            int n = from + q.pageSize();
            Sort sort = switch (q.order()) {
                case NEWEST -> new Sort(yearDescending(), SortField.FIELD_SCORE);
                case TITLE -> new Sort(new SortField(PracticeFields.TITLE_SORT, SortField.Type.STRING));
                case RELEVANCE -> query == null
                        ? new Sort(yearDescending(), new SortField(PracticeFields.TITLE_SORT, SortField.Type.STRING))
                        : null;
            };
            TopDocs top;
            FacetCounter.Result counted;
            if (sort == null) {
                // Ranked by score: the page alone lets Lucene skip documents that cannot reach it (block-max
                // scores), and counting the facets and the total needs no scores; one pass doing both scored
                // every match (most of a search's CPU time on 100,000 practices, docs/evaluation.md).
                top = searcher.search(full, new TopScoreDocCollectorManager(n, n));
                counted = searcher.search(full, FacetCounter.manager(PracticeFields.FACETS));
            } else {
                // sorted by fields: every match is visited anyway, so one pass collects page, facets and total
                Object[] results = searcher.search(full, new MultiCollectorManager(
                        new TopFieldCollectorManager(sort, n, null, n), FacetCounter.manager(PracticeFields.FACETS)));
                top = (TopDocs) results[0];
                counted = (FacetCounter.Result) results[1];
            }
            Map<String, Map<String, Long>> facets = counted.facets();
            long total = counted.total();
            List<PracticeHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = from; i < docs.length; i++) {
                hits.add(hit(stored.document(docs[i].doc), Float.isNaN(docs[i].score) ? 0 : docs[i].score,
                        query, displayLanguage, query != null));
            }
            return new SearchPage(hits, total, q.page(), q.pageSize(), facets);
        });
    }

    /** The stored snapshot of one practice, if it is in the index (that is, published). */
    public java.util.Optional<PracticeHit> get(long id) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(PracticeFields.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return java.util.Optional.<PracticeHit>empty();
            }
            return java.util.Optional.of(hit(searcher.storedFields().document(top.scoreDocs[0].doc), 0, null, "en", false));
        });
    }

    /** The full description of a practice as stored in the index (for "similar practices"). */
    public java.util.Optional<String[]> textOf(long id) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(PracticeFields.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return java.util.Optional.<String[]>empty();
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            String text = join(d.get(PracticeFields.TITLE), d.get(PracticeFields.SUMMARY), d.get(PracticeFields.DESCRIPTION));
            return java.util.Optional.of(new String[] {text, d.get(PracticeFields.LANGUAGE)});
        });
    }

    /** The concepts a text in a language mentions (used to compare cities). */
    public Map<String, Integer> conceptsOf(String text, String language) {
        return new QueryAnalysis(text, language, lexicon).concepts;
    }

    /** Concept ids stored for the practices of each city (city id -> concept ids). */
    public Map<Long, Set<String>> conceptsByCity() {
        return index.read(searcher -> {
            Map<Long, Set<String>> out = new java.util.HashMap<>();
            StoredFields stored = searcher.storedFields();
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(PracticeFields.CITY_ID, PracticeFields.CONCEPTS_STORED));
                String city = d.get(PracticeFields.CITY_ID);
                if (city != null) {
                    out.computeIfAbsent(Long.parseLong(city), k -> new HashSet<>()).addAll(concepts(d));
                }
            }
            return out;
        });
    }

    private PracticeHit hit(Document d, double score, QueryAnalysis query, String displayLanguage, boolean explain) {
        return hit(d, score, query, displayLanguage, explain, Set.of());
    }

    private PracticeHit hit(Document d, double score, QueryAnalysis query, String displayLanguage, boolean explain,
                            Set<String> feedback) {
        String lang = d.get(PracticeFields.LANGUAGE);
        MatchExplanation why = MatchExplanation.NONE;
        if (explain && query != null) {
            String text = join(d.get(PracticeFields.SUMMARY), d.get(PracticeFields.DESCRIPTION));
            why = explainer.explain(query, lang, concepts(d), text, displayLanguage, feedback);
        }
        String city = d.get(PracticeFields.CITY_ID);
        IndexableField population = d.getField(PracticeFields.POPULATION);
        IndexableField year = d.getField(PracticeFields.YEAR);
        return new PracticeHit(Long.parseLong(d.get(PracticeFields.ID)), d.get(PracticeFields.EXTERNAL_ID),
                d.get(PracticeFields.TITLE), d.get(PracticeFields.SUMMARY), lang,
                city == null ? null : Long.parseLong(city), d.get(PracticeFields.CITY), d.get(PracticeFields.COUNTRY),
                population == null ? null : population.numericValue().intValue(), d.get(PracticeFields.PROGRAMME),
                year == null ? null : year.numericValue().intValue(), Arrays.asList(d.getValues(PracticeFields.THEME)),
                score, why);
    }

    private static Set<String> concepts(Document d) {
        String s = d.get(PracticeFields.CONCEPTS_STORED);
        return s == null || s.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(s.split(" ")));
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    private static SortField yearDescending() {
        SortField f = new SortField(PracticeFields.YEAR, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    private Query wordsQuery(QueryAnalysis q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        q.termsByLanguage.forEach((lang, terms) -> {
            for (String t : terms) {
                b.add(new TermQuery(new Term(PracticeFields.text(lang), t)), Occur.SHOULD);
                b.add(new BoostQuery(new TermQuery(new Term(PracticeFields.title(lang), t)), 0.3f), Occur.SHOULD);
            }
        });
        return b.build();
    }

    /** The query's words in every language's field (short library queries whose language is unsure). */
    private Query allLanguagesQuery(QueryAnalysis q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(wordsQuery(q), Occur.SHOULD);
        for (String lang : LanguageAnalyzers.LANGUAGES) {
            if (q.termsByLanguage.containsKey(lang)) {
                continue;
            }
            BooleanQuery.Builder l = new BooleanQuery.Builder();
            for (String t : q.termsIn(lang)) {
                l.add(new TermQuery(new Term(PracticeFields.text(lang), t)), Occur.SHOULD);
            }
            b.add(l.build(), Occur.SHOULD);
        }
        return b.build();
    }

    private Query conceptQuery(QueryAnalysis q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        q.concepts.forEach((id, n) -> {
            float weight = switch (id.charAt(0)) {
                case 't' -> 1.0f;
                case 'g' -> 1.0f;
                default -> 0.5f;
            };
            b.add(new BoostQuery(new TermQuery(new Term(PracticeFields.CONCEPT, id)), weight), Occur.SHOULD);
        });
        return b.build();
    }

    /**
     * The concepts that at least two of the first ranking's best practices share, weighted by rank and by
     * rarity, best first; empty when they share none.
     */
    private Map<String, Double> feedbackConcepts(List<Fusion.Fused> fused, StoredFields stored, IndexSearcher searcher)
            throws IOException {
        Feedback f = settings.feedback();
        int top = Math.min(f.docs(), fused.size());
        Map<String, Double> weight = new java.util.LinkedHashMap<>();
        Map<String, Integer> count = new java.util.HashMap<>();
        for (int i = 0; i < top; i++) {
            double rankWeight = 1.0 / (i + 1);
            for (String c : concepts(stored.document(fused.get(i).doc(), Set.of(PracticeFields.CONCEPTS_STORED)))) {
                weight.merge(c, rankWeight, Double::sum);
                count.merge(c, 1, Integer::sum);
            }
        }
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        int maxDocFreq = maxFeedbackDocFreq(maxDoc);
        record Scored(String concept, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (count.get(e.getKey()) < 2) {
                continue;
            }
            int df = searcher.getIndexReader().docFreq(new Term(PracticeFields.CONCEPT, e.getKey()));
            if (df == 0 || df > maxDocFreq) {
                continue;
            }
            scored.add(new Scored(e.getKey(), e.getValue() * Math.log(1.0 + (double) maxDoc / df)));
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        for (Scored c : scored.subList(0, Math.min(f.concepts(), scored.size()))) {
            best.put(c.concept(), c.score());
        }
        return best;
    }

    /**
     * A feedback concept in more practices than this carries little evidence: a fifth of a small library, and
     * in a large one no more than {@link #MAX_PIVOT_DOC_SHARE} (at least 50), which also bounds the cost of
     * the run (the same rule as for pivot stems).
     */
    static int maxFeedbackDocFreq(int maxDoc) {
        return Math.min(maxDoc / 5 + 1, Math.max(50, (int) (maxDoc * MAX_PIVOT_DOC_SHARE)));
    }

    private static Query feedbackQuery(Map<String, Double> concepts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        concepts.forEach((c, w) -> b.add(new BoostQuery(new TermQuery(new Term(PracticeFields.CONCEPT, c)),
                w.floatValue()), Occur.SHOULD));
        return b.build();
    }

    /** At most this many of the query's English stems are searched: the rarest in the index (cost of the run). */
    static final int MAX_PIVOT_TERMS = 16;
    /** Stems in more than this share of the practices (and at least 50) carry little evidence and cost most. */
    static final double MAX_PIVOT_DOC_SHARE = 0.05;

    /**
     * The query's English stems in the pivot field, each weighted by how many of the query's words it
     * translates; only the {@link #MAX_PIVOT_TERMS} rarest stems that occur in the index, none that occurs in
     * more than {@link #MAX_PIVOT_DOC_SHARE} of the practices.
     */
    private static Query pivotQuery(QueryAnalysis q, IndexSearcher searcher) throws IOException {
        record Stem(String stem, int weight, int docFreq) {}
        List<Stem> stems = new ArrayList<>();
        int maxDocFreq = Math.max(50, (int) (searcher.getIndexReader().maxDoc() * MAX_PIVOT_DOC_SHARE));
        for (Map.Entry<String, Integer> e : q.pivot.entrySet()) {
            int df = searcher.getIndexReader().docFreq(new Term(PracticeFields.PIVOT, e.getKey()));
            if (df > 0 && df <= maxDocFreq) {
                stems.add(new Stem(e.getKey(), e.getValue(), df));
            }
        }
        stems.sort(java.util.Comparator.comparingInt(Stem::docFreq));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Stem s : stems.subList(0, Math.min(MAX_PIVOT_TERMS, stems.size()))) {
            b.add(new BoostQuery(new TermQuery(new Term(PracticeFields.PIVOT, s.stem())), s.weight()), Occur.SHOULD);
        }
        return b.build();
    }

    /** Practices in other languages than the query's (the words run covers its own language). */
    private static Query otherLanguages(Query q, QueryAnalysis query) {
        if (LanguageAnalyzers.GENERIC.equals(query.language)) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermQuery(new Term(PracticeFields.LANGUAGE, query.language)), Occur.MUST_NOT).build();
    }

    private Query ngramQuery(QueryAnalysis q, int minimumShouldMatch) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String g : q.ngrams) {
            b.add(new TermQuery(new Term(PracticeFields.NGRAM, g)), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.min(minimumShouldMatch, q.ngrams.size()));
        return b.build();
    }

    private static Query restrict(Query q, Query filter) {
        if (filter == null) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    private static Query exclusion(Collection<Long> exclude, Long excludeCity) {
        if ((exclude == null || exclude.isEmpty()) && excludeCity == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        if (exclude != null && !exclude.isEmpty()) {
            b.add(new TermInSetQuery(PracticeFields.ID, exclude.stream().map(id -> new BytesRef(Long.toString(id))).toList()),
                    Occur.MUST_NOT);
        }
        if (excludeCity != null) {
            b.add(new TermQuery(new Term(PracticeFields.CITY_ID, Long.toString(excludeCity))), Occur.MUST_NOT);
        }
        return b.build();
    }

    private static void addFilter(BooleanQuery.Builder b, String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
}
