package org.citypeers.search.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citypeers.base.text.LanguageDetector;
import org.citypeers.search.CommandLineModes;
import org.citypeers.search.IndexedPractice;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.SearchService;
import org.citypeers.search.internal.PivotDictionary;
import org.citypeers.search.internal.PracticeIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The evaluation command: indexes a corpus into the (throw-away) index with the production pipeline,
 * runs every query through {@link SearchService#match} (the code behind /api/match) and prints nDCG@10,
 * Recall@10 and MRR per query language, same-language, cross-lingual and overall, then exits.
 * The last line is {@code nDCG@10=0.xxx R@10=0.xxx MRR=0.xxx}. See docs/evaluation.md.
 */
@Component
@ConditionalOnProperty(CommandLineModes.EVAL_CORPUS)
class EvaluationCommand implements ApplicationRunner {

    /** Deep enough to evaluate the same-language and cross-lingual views (each keeps 10 of its kind). */
    static final int DEPTH = 50;

    private final PracticeIndex index;
    private final SearchService search;
    private final LanguageDetector detector;
    private final ConfigurableApplicationContext context;
    private final String corpusFile;
    private final String queriesFile;
    private final boolean verbose;
    private final PivotDictionary pivot;

    EvaluationCommand(PracticeIndex index, SearchService search, LanguageDetector detector, PivotDictionary pivot,
                      ConfigurableApplicationContext context,
                      @Value("${" + CommandLineModes.EVAL_CORPUS + "}") String corpusFile,
                      @Value("${" + CommandLineModes.EVAL_QUERIES + ":}") String queriesFile,
                      @Value("${citypeers.eval.verbose:false}") boolean verbose) {
        this.index = index;
        this.search = search;
        this.detector = detector;
        this.context = context;
        this.corpusFile = corpusFile;
        this.queriesFile = queriesFile;
        this.verbose = verbose;
        this.pivot = pivot;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            code = evaluate(System.out);
        } catch (Exception e) {
            System.err.println("Evaluation failed: " + e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    int evaluate(PrintStream out) throws Exception {
        if (queriesFile.isBlank()) {
            throw new IllegalArgumentException("Give the queries file: --" + CommandLineModes.EVAL_QUERIES + "=FILE");
        }
        List<IndexedPractice> practices = Corpus.practices(Path.of(corpusFile), t -> detector.detectOr(t, "xx"));
        List<Corpus.Query> queries = Corpus.queries(Path.of(queriesFile));
        long t0 = System.nanoTime();
        index.replaceAll(practices);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> languageOf = practices.stream()
                .collect(Collectors.toMap(IndexedPractice::externalId, p -> String.valueOf(p.language())));

        Map<String, List<Metrics>> byLanguage = new TreeMap<>();
        List<Metrics> all = new ArrayList<>();
        List<Metrics> same = new ArrayList<>();
        List<Metrics> cross = new ArrayList<>();
        long searchNanos = 0;
        for (Corpus.Query q : queries) {
            long s = System.nanoTime();
            SearchService.MatchResult result = search.match(q.text(), q.language(), "en", DEPTH);
            searchNanos += System.nanoTime() - s;
            String lang = q.language() != null ? q.language() : result.language();
            List<String> ranking = result.hits().stream().map(PracticeHit::externalId).toList();
            Metrics m = Metrics.of(ranking, q.relevant());
            all.add(m);
            byLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(m);
            Map<String, Integer> sameJudged = filter(q.relevant(), languageOf, lang, true);
            Map<String, Integer> crossJudged = filter(q.relevant(), languageOf, lang, false);
            if (!sameJudged.isEmpty()) {
                same.add(Metrics.of(ranking.stream().filter(id -> lang.equals(languageOf.get(id))).toList(), sameJudged));
            }
            if (!crossJudged.isEmpty()) {
                cross.add(Metrics.of(ranking.stream().filter(id -> !lang.equals(languageOf.get(id))).toList(), crossJudged));
            }
            if (verbose) {
                out.printf(Locale.ROOT, "  %-28s %s nDCG@10=%.3f R@10=%.3f RR=%.3f top=%s%n", q.id(), lang, m.ndcg(),
                        m.recall(), m.rr(), ranking.subList(0, Math.min(5, ranking.size())));
            }
        }
        out.printf(Locale.ROOT, "Dictionaries: %s%n", pivot.languages().isEmpty()
                ? "none found (no pivot run)" : pivot.fingerprint());
        out.printf(Locale.ROOT, "Evaluation: %d practices indexed in %d ms, %d queries (%.1f ms per match)%n",
                practices.size(), indexMs, queries.size(), queries.isEmpty() ? 0.0 : searchNanos / 1e6 / queries.size());
        out.printf("%-15s %7s %8s %6s %6s%n", "queries", "n", "nDCG@10", "R@10", "MRR");
        byLanguage.forEach((l, ms) -> line(out, l, ms));
        line(out, "same-language", same);
        line(out, "cross-lingual", cross);
        line(out, "overall", all);
        Metrics overall = Metrics.mean(all);
        out.printf(Locale.ROOT, "nDCG@10=%.3f R@10=%.3f MRR=%.3f%n", overall.ndcg(), overall.recall(), overall.rr());
        out.flush();
        return 0;
    }

    private static Map<String, Integer> filter(Map<String, Integer> relevant, Map<String, String> languageOf,
                                               String lang, boolean sameLanguage) {
        Map<String, Integer> out = new LinkedHashMap<>();
        relevant.forEach((id, g) -> {
            if (lang.equals(languageOf.get(id)) == sameLanguage) {
                out.put(id, g);
            }
        });
        return out;
    }

    private static void line(PrintStream out, String label, List<Metrics> ms) {
        Metrics m = Metrics.mean(ms);
        out.printf(Locale.ROOT, "%-15s %7d %8.3f %6.3f %6.3f%n", label, ms.size(), m.ndcg(), m.recall(), m.rr());
    }
}
