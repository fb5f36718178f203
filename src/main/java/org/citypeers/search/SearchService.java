package org.citypeers.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.NotFoundException;
import org.citypeers.base.text.LanguageDetector;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.search.internal.LanguageAnalyzers;
import org.citypeers.search.internal.PracticeSearcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of search: library searches, matching of free text (a challenge in any supported
 * language), recommendations for a city, similar practices and peer cities. Only published practices
 * are in the index, so everything here is public.
 */
@Service
public class SearchService {

    /** Longest challenge text accepted for matching (characters). */
    public static final int MAX_MATCH_TEXT = 20_000;
    public static final int MAX_MATCH_RESULTS = 50;

    private final PracticeSearcher searcher;
    private final LanguageDetector detector;
    private final CityRepository cities;

    SearchService(PracticeSearcher searcher, LanguageDetector detector, CityRepository cities) {
        this.searcher = searcher;
        this.detector = detector;
        this.cities = cities;
    }

    /** A match request's answer: the language the text was read in and the best practices. */
    public record MatchResult(String language, boolean languageDetected, List<PracticeHit> hits) {}

    /**
     * Ranks published practices for a free text in any supported language.
     *
     * @param language ISO 639-1 code, or null/blank to detect it
     * @param displayLanguage language of concept labels in the explanations
     * @throws IllegalArgumentException for an empty or too long text, or an unsupported language
     */
    public MatchResult match(String text, String language, String displayLanguage, int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Describe the challenge: the text is empty.");
        }
        if (text.length() > MAX_MATCH_TEXT) {
            throw new IllegalArgumentException("The text is too long (at most " + MAX_MATCH_TEXT + " characters).");
        }
        if (limit < 1 || limit > MAX_MATCH_RESULTS) {
            throw new IllegalArgumentException("Between 1 and " + MAX_MATCH_RESULTS + " results can be asked for.");
        }
        String lang = checkLanguage(language);
        boolean detected = lang == null;
        if (detected) {
            lang = detector.detect(text).orElse(LanguageAnalyzers.GENERIC);
        }
        return new MatchResult(lang, detected, searcher.match(text, lang, display(displayLanguage), List.of(), null, limit));
    }

    /** A page of the library (published practices), with facet counts. */
    public SearchPage search(PracticeQuery query, String displayLanguage) {
        String lang = checkLanguage(query.language());
        if (lang == null && query.hasText()) {
            // short queries: detection is unsure, so analyse in the detected language when sure, else in all
            lang = query.text().length() >= 40 ? detector.detect(query.text()).orElse(LanguageAnalyzers.GENERIC)
                    : LanguageAnalyzers.GENERIC;
        }
        return searcher.search(query, lang, display(displayLanguage));
    }

    /** Ids of the practices a library query finds, in its order, at most {@code max} (for exports). */
    public List<Long> matchingIds(PracticeQuery query, int max) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; ids.size() < max; page++) {
            PracticeQuery q = new PracticeQuery(query.text(), query.language(), query.themes(), query.countries(),
                    query.sizes(), query.programmes(), query.languages(), query.order(), page, PracticeQuery.MAX_PAGE_SIZE);
            SearchPage p = search(q, "en");
            p.hits().forEach(h -> ids.add(h.id()));
            if (p.hits().size() < PracticeQuery.MAX_PAGE_SIZE) {
                break;
            }
        }
        return ids.size() > max ? ids.subList(0, max) : ids;
    }

    /** A published practice as the index holds it. */
    public Optional<PracticeHit> findPublished(long id) {
        return searcher.get(id);
    }

    /** Practices that answer the same needs as a published practice (itself excluded). */
    public List<PracticeHit> similar(long practiceId, String displayLanguage, int limit) {
        return searcher.textOf(practiceId)
                .map(t -> searcher.match(t[0], t[1], display(displayLanguage), List.of(practiceId), null, limit))
                .orElse(List.of());
    }

    /** Practices recommended to a city for its profile and challenges (its own practices excluded). */
    @Transactional(readOnly = true)
    public List<PracticeHit> recommendationsFor(long cityId, String displayLanguage, int limit) {
        City city = cities.findById(cityId).orElseThrow(() -> new NotFoundException("City", cityId));
        String text = cityText(city);
        if (text.isBlank()) {
            return List.of();
        }
        return searcher.match(text, city.mainLanguage(), display(displayLanguage), List.of(), cityId, limit);
    }

    /** A city like another: shared concepts of challenges, profile and practices. */
    public record PeerCity(long id, String name, String country, double similarity, List<String> sharedConcepts) {}

    /** Cities with the most similar challenges and practices (cosine of concept vectors). */
    @Transactional(readOnly = true)
    public List<PeerCity> peerCities(long cityId, int limit) {
        List<City> all = cities.findAll();
        City self = all.stream().filter(c -> c.getId().longValue() == cityId).findFirst()
                .orElseThrow(() -> new NotFoundException("City", cityId));
        Map<Long, Set<String>> practiceConcepts = practiceConceptsByCity();
        Map<String, Integer> mine = profile(self, practiceConcepts);
        return all.stream().filter(c -> c.getId().longValue() != cityId)
                .map(c -> {
                    Map<String, Integer> theirs = profile(c, practiceConcepts);
                    Set<String> shared = new HashSet<>(mine.keySet());
                    shared.retainAll(theirs.keySet());
                    return new PeerCity(c.getId(), c.getName(), c.getCountry(), cosine(mine, theirs),
                            shared.stream().sorted().limit(8).toList());
                })
                .filter(p -> p.similarity() > 0)
                .sorted(Comparator.comparingDouble(PeerCity::similarity).reversed())
                .limit(limit)
                .toList();
    }

    /** Concepts of each city's practices, recomputed at most once a minute (it reads every practice). */
    private Map<Long, Set<String>> practiceConceptsByCity() {
        CityConcepts cached = cityConcepts;
        if (cached == null || System.nanoTime() - cached.at() > 60_000_000_000L) {
            cached = new CityConcepts(System.nanoTime(), searcher.conceptsByCity());
            cityConcepts = cached;
        }
        return cached.byCity();
    }

    private record CityConcepts(long at, Map<Long, Set<String>> byCity) {}

    private volatile CityConcepts cityConcepts;

    /** Concepts of a city's own texts, cached per city version. */
    private final Map<Long, Map.Entry<Long, Map<String, Integer>>> cityTextConcepts = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Integer> profile(City c, Map<Long, Set<String>> practiceConcepts) {
        long version = c.getVersion();
        Map.Entry<Long, Map<String, Integer>> own = cityTextConcepts.get(c.getId());
        if (own == null || own.getKey().longValue() != version) {
            own = Map.entry(version, searcher.conceptsOf(cityText(c), c.mainLanguage()));
            cityTextConcepts.put(c.getId(), own);
        }
        Map<String, Integer> v = new HashMap<>(own.getValue());
        practiceConcepts.getOrDefault(c.getId(), Set.of()).forEach(id -> v.merge(id, 1, Integer::sum));
        return v;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * (double) x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * (double) x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static String cityText(City c) {
        StringBuilder b = new StringBuilder();
        if (c.getChallenges() != null) {
            b.append(c.getChallenges()).append('\n');
        }
        if (c.getProfile() != null) {
            b.append(c.getProfile());
        }
        return b.toString();
    }

    /** Null for "detect", the code for a supported content language, else a readable error. */
    static String checkLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        if (!Languages.CONTENT.contains(l)) {
            throw new IllegalArgumentException("Unsupported language '" + abbreviate(language)
                    + "': use one of " + String.join(", ", Languages.CONTENT) + " or leave it out.");
        }
        return l;
    }

    private static String display(String language) {
        return language != null && Languages.CONTENT.contains(language) ? language : "en";
    }

    private static String abbreviate(String s) {
        String t = s.length() > 10 ? s.substring(0, 10) + "…" : s;
        return t.replaceAll("[^\\p{L}\\p{N}_-]", "?");
    }
}
