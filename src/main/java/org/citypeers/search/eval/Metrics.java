package org.citypeers.search.eval;

import java.util.List;
import java.util.Map;

/** nDCG@10 (gain 2^grade - 1), Recall@10 and reciprocal rank (within the first 10) of one ranking. */
record Metrics(double ndcg, double recall, double rr) {

    static final int K = 10;

    static Metrics of(List<String> ranking, Map<String, Integer> relevant) {
        double dcg = 0;
        int found = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            int grade = relevant.getOrDefault(ranking.get(i), 0);
            if (grade > 0) {
                dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
                found++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = relevant.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return new Metrics(idcg == 0 ? 0 : dcg / idcg, ideal.isEmpty() ? 0 : (double) found / ideal.size(), rr);
    }

    static Metrics mean(List<Metrics> all) {
        if (all.isEmpty()) {
            return new Metrics(0, 0, 0);
        }
        return new Metrics(all.stream().mapToDouble(Metrics::ndcg).average().orElse(0),
                all.stream().mapToDouble(Metrics::recall).average().orElse(0),
                all.stream().mapToDouble(Metrics::rr).average().orElse(0));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
