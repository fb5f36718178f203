package org.citypeers.search.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.citypeers.search.IndexedPractice;

/**
 * A synthetic library for the benchmark: practices whose sentences are drawn from real seed practices of
 * the same language (so vocabulary, lengths and concept density are realistic), in several languages.
 */
final class SyntheticLibrary {

    private final Map<String, List<String>> sentences = new TreeMap<>();
    private final Map<String, List<String>> titles = new TreeMap<>();
    private final Map<String, List<String>> themes = new TreeMap<>();
    private final List<String> languages;
    private final Random random;

    SyntheticLibrary(List<IndexedPractice> seeds, long seed) {
        for (IndexedPractice p : seeds) {
            String lang = p.language();
            titles.computeIfAbsent(lang, k -> new ArrayList<>()).add(p.title());
            themes.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(p.themes());
            for (String text : new String[] {p.summary(), p.description()}) {
                if (text == null) {
                    continue;
                }
                for (String s : text.split("(?<=[.!?])\\s+")) {
                    if (s.length() > 20) {
                        sentences.computeIfAbsent(lang, k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        this.languages = new ArrayList<>(sentences.keySet());
        this.random = new Random(seed);
    }

    List<String> languages() {
        return languages;
    }

    IndexedPractice practice(long id) {
        String lang = languages.get(random.nextInt(languages.size()));
        List<String> ts = titles.get(lang);
        String title = ts.get(random.nextInt(ts.size()));
        List<String> ths = themes.getOrDefault(lang, List.of());
        List<String> pick = ths.isEmpty() ? List.of() : List.of(ths.get(random.nextInt(ths.size())));
        return new IndexedPractice(id, "syn-" + id, title + " " + id, text(lang, 2 + random.nextInt(3)),
                text(lang, 6 + random.nextInt(10)), lang, pick, null, "City " + (id % 500),
                "C" + (char) ('A' + id % 20), 5_000 + random.nextInt(500_000), id % 3 == 0 ? "URBACT" : null,
                2005 + random.nextInt(20));
    }

    /** A challenge-like text of a few sentences in a random language. */
    String challenge() {
        String lang = languages.get(random.nextInt(languages.size()));
        return text(lang, 2 + random.nextInt(2));
    }

    /** A short library query: one to three words of a random sentence. */
    String keywords() {
        String lang = languages.get(random.nextInt(languages.size()));
        List<String> ss = sentences.get(lang);
        String[] words = ss.get(random.nextInt(ss.size())).split("\\s+");
        int n = 1 + random.nextInt(3);
        int start = random.nextInt(Math.max(1, words.length - n));
        StringBuilder b = new StringBuilder();
        for (int i = start; i < Math.min(words.length, start + n); i++) {
            b.append(words[i].replaceAll("[^\\p{L}\\p{N}-]", "")).append(' ');
        }
        return b.toString().trim();
    }

    private String text(String lang, int count) {
        List<String> ss = sentences.get(lang);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(ss.get(random.nextInt(ss.size()))).append(' ');
        }
        return b.toString().trim();
    }
}
