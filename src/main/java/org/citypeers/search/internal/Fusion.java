package org.citypeers.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Fuses the ranked lists of several runs (same-language words, concepts, n-grams) into one. Two methods:
 * weighted reciprocal rank fusion, and a weighted sum of scores normalised by each run's best score.
 * Weights matter: equal weights let a weak run pull the strong one down (see docs/evaluation.md).
 */
final class Fusion {

    enum Method { RRF, SCORE }

    record Fused(int doc, double score) {}

    private Fusion() {}

    static List<Fused> fuse(Method method, List<TopDocs> runs, double[] weights, int rrfK) {
        Map<Integer, Double> scores = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            ScoreDoc[] docs = runs.get(r).scoreDocs;
            if (docs.length == 0 || weights[r] == 0) {
                continue;
            }
            float max = docs[0].score;
            for (int i = 0; i < docs.length; i++) {
                double s = method == Method.RRF
                        ? weights[r] / (rrfK + i + 1)
                        : weights[r] * (max > 0 ? docs[i].score / max : 0);
                scores.merge(docs[i].doc, s, Double::sum);
            }
        }
        List<Fused> out = new ArrayList<>(scores.size());
        scores.forEach((doc, s) -> out.add(new Fused(doc, s)));
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.doc(), b.doc()));
        return out;
    }
}
