package org.citypeers.practice;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citypeers.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controlled, multilingual theme taxonomy: read by everyone (cached), edited by admins, seeded
 * from {@code taxonomy/themes.json} when the table is empty. Also maps free theme labels in any
 * language (case- and diacritics-insensitive) to theme codes, which the importer uses.
 */
@Service
@Transactional(readOnly = true)
public class ThemeService {

    private static final Logger log = LoggerFactory.getLogger(ThemeService.class);
    static final String SEED = "taxonomy/themes.json";

    private final ThemeRepository themes;
    private final ApplicationEventPublisher events;
    private volatile Cache cache;

    private record Cache(List<ThemeInfo> all, Map<String, ThemeInfo> byCode, Map<String, String> labelIndex,
                         Map<String, String> keywordIndex, List<Phrase> phrases) {}

    /** A label or keyword as word stems, for the loose match of free labels. */
    private record Phrase(String code, java.util.Set<String> stems, int words) {}

    private static final java.util.Set<String> STOP = java.util.Set.of("and", "the", "for", "with", "und", "der", "die", "das",
            "och", "med", "oraz", "dla", "ir", "un", "ja", "og", "in", "za", "ar");

    /** A theme's label and keywords in one language, as an admin edits them. */
    public record ThemeTextData(String label, List<String> keywords) {}

    public ThemeService(ThemeRepository themes, ApplicationEventPublisher events) {
        this.themes = themes;
        this.events = events;
    }

    /** All themes, top-level ones first in the seed's order. Public. */
    public List<ThemeInfo> all() {
        return cache().all();
    }

    public Optional<ThemeInfo> find(String code) {
        return Optional.ofNullable(code == null ? null : cache().byCode().get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The theme's label in {@code lang} (falling back to English, then the code itself). */
    public String label(String code, String lang) {
        return find(code).map(t -> t.label(lang)).orElse(code);
    }

    /** The theme's version, for optimistic locking in the admin view. */
    public long versionOf(String code) {
        return themes.findByCode(code).map(Theme::getVersion).orElseThrow(() -> new NotFoundException("Theme", code));
    }

    /**
     * The theme code for a free label in any language: an exact code, a label, or a keyword (compared
     * without case, diacritics and punctuation). Empty when the taxonomy does not know the label.
     */
    public Optional<String> mapLabel(String freeLabel) {
        if (freeLabel == null || freeLabel.isBlank()) {
            return Optional.empty();
        }
        Cache c = cache();
        if (c.byCode().containsKey(freeLabel.trim())) {
            return Optional.of(freeLabel.trim());
        }
        String key = normalise(freeLabel);
        String code = c.labelIndex().get(key);
        if (code == null) {
            code = c.keywordIndex().get(key);
        }
        if (code == null) {
            code = looseMatch(c, key);
        }
        return Optional.ofNullable(code);
    }

    /**
     * Every word of the free label (compared by its first five letters, so "spaces" finds "space") occurs
     * in one label or keyword; the shortest such phrase wins
     * ("Abandoned spaces" -> the vacant-spaces theme). When the shortest phrases belong to different themes
     * the label is ambiguous ("Community": community centres? community resilience?) and stays a free tag:
     * a wrong theme misleads searchers more than a missing one.
     */
    private static String looseMatch(Cache c, String normalised) {
        java.util.Set<String> wanted = stems(normalised);
        if (wanted.isEmpty()) {
            return null;
        }
        int bestWords = Integer.MAX_VALUE;
        java.util.Set<String> bestCodes = new java.util.HashSet<>();
        for (Phrase p : c.phrases()) {
            if (p.stems().containsAll(wanted)) {
                if (p.words() < bestWords) {
                    bestWords = p.words();
                    bestCodes.clear();
                }
                if (p.words() == bestWords) {
                    bestCodes.add(p.code());
                }
            }
        }
        return bestCodes.size() == 1 ? bestCodes.iterator().next() : null;
    }

    private static java.util.Set<String> stems(String normalised) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : normalised.split(" ")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** The result of mapping several free labels: known theme codes, and the labels left over. */
    public record Mapping(List<String> codes, List<String> unmapped) {}

    public Mapping mapLabels(Collection<String> labels) {
        List<String> codes = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String l : labels) {
            Optional<String> code = mapLabel(l);
            if (code.isPresent()) {
                if (!codes.contains(code.get())) {
                    codes.add(code.get());
                }
            } else if (l != null && !l.isBlank() && !rest.contains(l.trim())) {
                rest.add(l.trim());
            }
        }
        return new Mapping(codes, rest);
    }

    /** Lower case, no diacritics (ł, ø, æ, ß too), single spaces: the form labels are compared in. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d").replace("œ", "oe");
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Loads the seed taxonomy when there are no themes yet (every start, not only in the demo). */
    @Transactional
    public synchronized void seedIfEmpty() {
        if (themes.count() > 0) {
            return;
        }
        ClassPathResource seed = new ClassPathResource(SEED);
        if (!seed.exists()) {
            log.warn("No theme taxonomy: {} is missing from the classpath; admins can add themes at admin/themes.", SEED);
            return;
        }
        try (InputStream in = seed.getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            int position = 0;
            for (JsonNode t : root.path("themes")) {
                String parent = t.path("parent").isTextual() ? t.path("parent").asText() : null;
                Theme theme = new Theme(t.path("code").asText(), parent, position++);
                Map<String, List<String>> keywords = new HashMap<>();
                t.path("keywords").properties().forEach(e -> {
                    List<String> ks = new ArrayList<>();
                    e.getValue().forEach(k -> ks.add(k.asText()));
                    keywords.put(e.getKey(), ks);
                });
                t.path("labels").properties().forEach(e -> theme.getTexts().put(e.getKey(),
                        new ThemeText(e.getValue().asText(), keywords.getOrDefault(e.getKey(), List.of()))));
                themes.save(theme);
            }
            log.info("Theme taxonomy seeded with {} themes from {}", position, SEED);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the theme taxonomy " + SEED, e);
        }
        cache = null;
    }

    /** Changes a theme's parent and its texts (labels and keywords per language). Admins only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(String code, long expectedVersion, String parent, Map<String, ThemeTextData> texts) {
        Theme t = themes.findByCode(code).orElseThrow(() -> new NotFoundException("Theme", code));
        if (t.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Theme.class, code);
        }
        validate(code, parent, texts);
        t.setParentCode(parent == null || parent.isBlank() ? null : parent);
        applyTexts(t, texts);
        themes.save(t);
        changed();
    }

    /** Adds a theme. Admins only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void create(String code, String parent, Map<String, ThemeTextData> texts) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > Theme.CODE_MAX) {
            throw new IllegalArgumentException("The code must be lower-case letters and digits joined by hyphens, e.g. 'street-art'.");
        }
        if (themes.findByCode(code).isPresent()) {
            throw new IllegalArgumentException("A theme with the code '" + code + "' exists already.");
        }
        validate(code, parent, texts);
        Theme t = new Theme(code, parent == null || parent.isBlank() ? null : parent, (int) themes.count());
        applyTexts(t, texts);
        themes.save(t);
        changed();
    }

    private void validate(String code, String parent, Map<String, ThemeTextData> texts) {
        if (parent != null && !parent.isBlank() && (parent.equals(code) || !exists(parent))) {
            throw new IllegalArgumentException("The broader theme must be another existing theme.");
        }
        ThemeTextData en = texts.get("en");
        if (en == null || en.label() == null || en.label().isBlank()) {
            throw new IllegalArgumentException("The English label is required.");
        }
        texts.forEach((lang, d) -> {
            if (d.label() != null && d.label().length() > Theme.LABEL_MAX) {
                throw new IllegalArgumentException("A label is longer than " + Theme.LABEL_MAX + " characters (" + lang + ").");
            }
            if (String.join("\n", d.keywords()).length() > Theme.KEYWORDS_MAX) {
                throw new IllegalArgumentException("Too many keywords (" + lang + ").");
            }
        });
    }

    private static void applyTexts(Theme t, Map<String, ThemeTextData> texts) {
        t.getTexts().clear();
        texts.forEach((lang, d) -> {
            String label = PlainText.of(d.label());
            if (label != null) {
                List<String> kws = d.keywords().stream().map(PlainText::of).filter(k -> k != null)
                        .map(k -> k.toLowerCase(Locale.ROOT)).distinct().toList();
                t.getTexts().put(lang, new ThemeText(label, kws));
            }
        });
    }

    /**
     * Drops the cache now and again after the commit: a reader in another thread (the indexer, a
     * page) may load the committed, older themes while this transaction runs and cache them.
     */
    private void changed() {
        cache = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            cache = null;
                        }
                    });
        }
        events.publishEvent(new ThemesChanged());
    }

    private Cache cache() {
        Cache c = cache;
        if (c == null) {
            c = load();
            cache = c;
        }
        return c;
    }

    private Cache load() {
        List<ThemeInfo> all = new ArrayList<>();
        Map<String, ThemeInfo> byCode = new LinkedHashMap<>();
        Map<String, String> labelIndex = new HashMap<>();
        Map<String, String> keywordIndex = new HashMap<>();
        List<Phrase> phrases = new ArrayList<>();
        for (Theme t : themes.findAllByOrderByPositionAscCodeAsc()) {
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, List<String>> keywords = new LinkedHashMap<>();
            t.getTexts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                labels.put(e.getKey(), e.getValue().getLabel());
                keywords.put(e.getKey(), e.getValue().keywordList());
            });
            ThemeInfo info = new ThemeInfo(t.getCode(), t.getParentCode(), Map.copyOf(labels), Map.copyOf(keywords));
            all.add(info);
            byCode.put(t.getCode(), info);
            labelIndex.putIfAbsent(normalise(t.getCode()), t.getCode());
            labels.values().forEach(l -> labelIndex.putIfAbsent(normalise(l), t.getCode()));
            keywords.values().forEach(ks -> ks.forEach(k -> keywordIndex.putIfAbsent(normalise(k), t.getCode())));
            java.util.stream.Stream.concat(labels.values().stream(), keywords.values().stream().flatMap(List::stream))
                    .map(ThemeService::normalise).distinct().forEach(ph -> {
                        java.util.Set<String> st = stems(ph);
                        if (!st.isEmpty()) {
                            phrases.add(new Phrase(t.getCode(), st, ph.split(" ").length));
                        }
                    });
        }
        return new Cache(List.copyOf(all), Map.copyOf(byCode), Map.copyOf(labelIndex), Map.copyOf(keywordIndex), List.copyOf(phrases));
    }
}
