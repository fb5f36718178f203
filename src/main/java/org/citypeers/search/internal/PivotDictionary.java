package org.citypeers.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-lingual pivot: per content language a map from a stem (as that language's analyser makes it)
 * to a few English stems (as the English analyser makes them), built at start from the bilingual
 * dictionaries found in a directory (FreeDict's xxx-eng in dictd format, Debian's dict-freedict-*
 * packages). Text in any language with a dictionary, and English text as it is, becomes a bag of English
 * stems that the practice index searches as one more fused run. The dictionaries are optional (GPL data,
 * never shipped with the app): without them the pivot is empty and the search works as before.
 * See docs/adr/0013-dictionary-pivot.md.
 */
public final class PivotDictionary {

    private static final Logger log = LoggerFactory.getLogger(PivotDictionary.class);

    /** FreeDict's ISO 639-3 codes of the content languages. */
    static final Map<String, String> DICTIONARIES = new LinkedHashMap<>();

    static {
        DICTIONARIES.put("pl", "pol");
        DICTIONARIES.put("lt", "lit");
        DICTIONARIES.put("lv", "lav");
        DICTIONARIES.put("et", "est");
        DICTIONARIES.put("sl", "slv");
        DICTIONARIES.put("de", "deu");
        DICTIONARIES.put("sv", "swe");
        DICTIONARIES.put("fi", "fin");
        DICTIONARIES.put("da", "dan");
    }

    /** Translation phrases read per headword (the first senses come first). */
    static final int PHRASES_PER_HEADWORD = 3;
    /** English stems kept per source stem (the most frequent over the headwords sharing the stem). */
    static final int STEMS_PER_STEM = 3;
    /** A source stem with more distinct English stems than this is too ambiguous to translate. */
    static final int MAX_CANDIDATES = 12;

    /** One dictionary found: its language and files. */
    record Source(String language, Path index, Path dict) {}

    private static final PivotDictionary NONE = new PivotDictionary(List.of(), "none",
            CompletableFuture.completedFuture(Map.of()));

    private final List<Source> sources;
    private final Set<String> languages;
    private final String fingerprint;
    /** Per language, stem -> English stems (English strings shared through one vocabulary). */
    private final CompletableFuture<Map<String, Map<String, String[]>>> maps;

    private PivotDictionary(List<Source> sources, String fingerprint,
                            CompletableFuture<Map<String, Map<String, String[]>>> maps) {
        this.sources = sources;
        this.languages = sources.stream().map(Source::language).collect(Collectors.toCollection(TreeSet::new));
        this.fingerprint = fingerprint;
        this.maps = maps;
    }

    /** No dictionaries: English text maps to itself, other languages to nothing. */
    public static PivotDictionary none() {
        return NONE;
    }

    /** Reads the dictionaries of {@code directory} now. */
    public static PivotDictionary load(Path directory) {
        List<Source> sources = find(directory);
        return new PivotDictionary(sources, fingerprint(sources), CompletableFuture.completedFuture(build(directory, sources)));
    }

    /**
     * Finds the dictionaries of {@code directory} now and reads them in a background thread; the first
     * translation waits for them (the languages and the fingerprint are known at once).
     */
    public static PivotDictionary loadInBackground(Path directory) {
        List<Source> sources = find(directory);
        if (sources.isEmpty()) {
            return new PivotDictionary(sources, "none", CompletableFuture.completedFuture(build(directory, sources)));
        }
        CompletableFuture<Map<String, Map<String, String[]>>> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(build(directory, sources));
            } catch (RuntimeException | Error e) {
                log.warn("Dictionaries under {} could not be read: {}", directory, e.toString());
                future.complete(Map.of());
            }
        }, "citypeers-dictionaries");
        t.setDaemon(true);
        t.start();
        return new PivotDictionary(sources, fingerprint(sources), future);
    }

    /** The content languages with a dictionary (English is the pivot itself). */
    public Set<String> languages() {
        return languages;
    }

    /** Names the dictionaries and their sizes (stored with the index: other dictionaries mean a rebuild). */
    public String fingerprint() {
        return fingerprint;
    }

    /** Waits until the dictionaries are read (for measurements that must not count the loading). */
    public PivotDictionary awaitLoaded() {
        maps.join();
        return this;
    }

    /** True when the text of {@code language} has English stems (English, or a language with a dictionary). */
    boolean covers(String language) {
        return "en".equals(language) || languages.contains(language);
    }

    /**
     * The English stems of a text given as its stems in {@code language} (English stems as they are), one
     * entry per translation, so term frequencies follow the text; words without a translation are dropped.
     */
    List<String> translate(List<String> stems, String language) {
        if ("en".equals(language)) {
            return stems;
        }
        if (!languages.contains(language)) {
            return List.of();
        }
        Map<String, String[]> map = maps.join().get(language);
        if (map == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(stems.size() * 2);
        for (String s : stems) {
            String[] english = map.get(s);
            if (english != null) {
                out.addAll(List.of(english));
            }
        }
        return out;
    }

    static List<Source> find(Path directory) {
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, String> d : DICTIONARIES.entrySet()) {
            String name = "freedict-" + d.getValue() + "-eng";
            Path index = directory.resolve(name + ".index");
            Path dict = directory.resolve(name + ".dict.dz");
            if (!Files.exists(dict)) {
                dict = directory.resolve(name + ".dict");
            }
            if (Files.isReadable(index) && Files.isReadable(dict)) {
                out.add(new Source(d.getKey(), index, dict));
            }
        }
        return out;
    }

    private static String fingerprint(List<Source> sources) {
        if (sources.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder("v1");
        for (Source s : sources) {
            long size;
            try {
                size = Files.size(s.dict()) + Files.size(s.index());
            } catch (IOException e) {
                size = -1;
            }
            b.append(',').append(s.language()).append(':').append(size);
        }
        return b.toString();
    }

    private static Map<String, Map<String, String[]>> build(Path directory, List<Source> sources) {
        long t0 = System.nanoTime();
        Map<String, Map<String, String[]>> maps = new TreeMap<>();
        Map<String, String> vocabulary = new HashMap<>();
        Map<String, String[]> englishOfPhrase = new HashMap<>();
        for (Source s : sources) {
            try {
                long t1 = System.nanoTime();
                maps.put(s.language(), map(s.language(), s.index(), s.dict(), vocabulary, englishOfPhrase));
                log.debug("Dictionary {}: {} ms", s.dict(), (System.nanoTime() - t1) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                log.warn("Dictionary {} could not be read: {}", s.dict(), e.toString());
            }
        }
        log.info("Dictionary pivot: {} from {} ({} ms)", maps.isEmpty() ? "no dictionaries (cross-lingual matching uses the concept layer only)"
                        : maps.entrySet().stream().map(e -> e.getKey() + "-en " + e.getValue().size() + " stems")
                        .collect(Collectors.joining(", ")), directory, (System.nanoTime() - t0) / 1_000_000);
        return Map.copyOf(maps);
    }

    /** One language's stem -> English stems map. */
    static Map<String, String[]> map(String language, Path index, Path dict, Map<String, String> vocabulary,
                                     Map<String, String[]> englishOfPhrase) throws IOException {
        // stem -> English stem -> number of headwords (with this stem) that translate to it, in first-seen order
        Map<String, LinkedHashMap<String, Integer>> candidates = new HashMap<>();
        DictdReader.read(index, dict, PHRASES_PER_HEADWORD, (headword, phrases) -> {
            List<String> stems = AnalysedText.of(headword, language).terms();
            if (stems.size() != 1 || stems.get(0).length() < 3) {
                return; // multi-word headwords and stop words are not translated word by word
            }
            LinkedHashMap<String, Integer> english = null;
            for (String phrase : phrases) {
                String[] en = englishOfPhrase.computeIfAbsent(phrase, p -> AnalysedText.of(p, "en").terms().stream()
                        .filter(s -> s.length() >= 2).map(s -> vocabulary.computeIfAbsent(s, k -> k)).toArray(String[]::new));
                if (en.length == 0 || en.length > 2) {
                    continue;
                }
                if (english == null) {
                    english = candidates.computeIfAbsent(stems.get(0), k -> new LinkedHashMap<>());
                }
                for (String e : en) {
                    english.merge(e, 1, Integer::sum);
                }
            }
        });
        Map<String, String[]> out = new HashMap<>(candidates.size() * 4 / 3 + 1);
        candidates.forEach((stem, english) -> {
            if (english.size() > MAX_CANDIDATES) {
                return;
            }
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>(english.entrySet());
            ranked.sort((a, b) -> b.getValue() - a.getValue()); // stable: ties keep the dictionary's order
            out.put(stem, ranked.stream().limit(STEMS_PER_STEM).map(Map.Entry::getKey).toArray(String[]::new));
        });
        englishOfPhrase.clear();
        return out;
    }
}
