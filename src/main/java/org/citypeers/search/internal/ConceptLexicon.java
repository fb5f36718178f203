package org.citypeers.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language-neutral concept layer: every concept with its labels in each content language, and per
 * language an index from stemmed label (a sequence of stems joined by spaces) to concept ids, so that
 * inflected forms of a label in running text find the concept. Loaded once from the class path
 * (taxonomy/themes.json, lexicon/glossary.tsv, lexicon/eurovoc-labels.json); immutable afterwards.
 */
public final class ConceptLexicon {

    private static final Logger log = LoggerFactory.getLogger(ConceptLexicon.class);

    public static final String THEMES = "taxonomy/themes.json";
    public static final String GLOSSARY = "lexicon/glossary.tsv";
    public static final String EUROVOC = "lexicon/eurovoc-labels.json";

    /** Labels longer than this many stems are not matched in running text. */
    static final int MAX_LABEL_TERMS = 5;

    /** A key of the label index: the concepts of a label (null if none), and whether a longer label begins with it. */
    private record Node(Set<String> ids, boolean prefix) {}

    /** One consistent state: concepts and per-language label index (swapped whole when themes change). */
    private record Data(Map<String, Concept> concepts, Map<String, Map<String, Set<String>>> byLabel,
                        Map<String, Map<String, Node>> nodes, String fingerprint,
                        Map<String, Map<String, Set<String>>> compounds) {}

    private volatile Data data;

    ConceptLexicon(List<Concept> all) {
        this.data = build(all);
    }

    /** Replaces the theme concepts (the taxonomy as admins edited it), keeping glossary and EuroVoc. */
    public synchronized void replaceThemes(List<Concept> themes) {
        List<Concept> all = new ArrayList<>(themes);
        data.concepts().values().stream().filter(c -> c.source() != Concept.Source.THEME).forEach(all::add);
        Data next = build(all);
        if (!next.fingerprint().equals(data.fingerprint())) {
            data = next;
            log.info("Concept lexicon: themes replaced ({} concepts)", next.concepts().size());
        }
    }

    /** Changes whenever any concept or label changes (stored with the index to detect a stale index). */
    public String fingerprint() {
        return data.fingerprint();
    }

    private static Data build(List<Concept> all) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> byLabel = new HashMap<>();
        for (Concept c : all) {
            concepts.put(c.id(), c);
            c.labels().forEach((lang, labels) -> {
                if (!LanguageAnalyzers.isSupported(lang)) {
                    return;
                }
                Map<String, Set<String>> index = byLabel.computeIfAbsent(lang, l -> new HashMap<>());
                for (String label : labels) {
                    List<String> terms = AnalysedText.of(label, lang).terms();
                    if (terms.isEmpty() || terms.size() > MAX_LABEL_TERMS
                            || (terms.size() == 1 && terms.get(0).length() < 3)) {
                        continue;
                    }
                    index.computeIfAbsent(String.join(" ", terms), k -> new LinkedHashSet<>()).add(c.id());
                }
            });
        }
        long h = 1;
        for (Concept c : all) {
            h = 31 * h + (c.id() + "|" + c.source().name() + "|" + new java.util.TreeMap<>(c.labels())).hashCode();
        }
        // every proper prefix of every label (in stems), so that matching stops as soon as no label can continue
        Map<String, Map<String, Node>> nodes = new HashMap<>();
        byLabel.forEach((lang, index) -> {
            Set<String> p = new java.util.HashSet<>();
            for (String label : index.keySet()) {
                int i = -1;
                while ((i = label.indexOf(' ', i + 1)) > 0) {
                    p.add(label.substring(0, i));
                }
            }
            // one lookup per key while matching: the concepts of a label, and whether a longer label continues it
            Map<String, Node> n = new HashMap<>();
            index.forEach((label, ids) -> n.put(label, new Node(ids, p.contains(label))));
            p.forEach(prefix -> n.putIfAbsent(prefix, new Node(null, true)));
            nodes.put(lang, n);
        });
        Map<String, Map<String, Set<String>>> compounds = new HashMap<>();
        COMPOUNDING.forEach(l -> compounds.put(l, new java.util.concurrent.ConcurrentHashMap<>()));
        return new Data(concepts, byLabel, nodes, Long.toHexString(h) + "-" + all.size(), compounds);
    }

    /** The lexicon from the class-path resources that exist. */
    public static ConceptLexicon load() {
        List<Concept> all = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        read(THEMES).ifPresent(in -> all.addAll(themes(json, in)));
        read(GLOSSARY).ifPresent(in -> all.addAll(glossary(in)));
        read(EUROVOC).ifPresent(in -> all.addAll(eurovoc(json, in)));
        ConceptLexicon lexicon = new ConceptLexicon(all);
        log.info("Concept lexicon: {} concepts ({} themes)", all.size(),
                all.stream().filter(c -> c.source() == Concept.Source.THEME).count());
        return lexicon;
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(data.concepts().get(id));
    }

    public List<Concept> themes() {
        return data.concepts().values().stream().filter(c -> c.source() == Concept.Source.THEME).toList();
    }

    public int size() {
        return data.concepts().size();
    }

    /** A concept hit in a text: which concept, where (token range and character offsets). */
    public record Hit(String conceptId, int firstToken, int lastToken, int start, int end) {}

    /** Every concept whose label occurs (stemmed) in the analysed text of the given language. */
    List<Hit> find(AnalysedText text, String language) {
        Data d = data;
        String lang = LanguageAnalyzers.normalise(language);
        Map<String, Set<String>> index = d.byLabel().get(lang);
        Map<String, Node> nodes = d.nodes().get(lang);
        List<Hit> hits = new ArrayList<>();
        if (index == null || nodes == null) {
            return hits;
        }
        Map<String, Set<String>> compounds = d.compounds().get(lang); // null: the language writes no compounds
        List<AnalysedText.Token> tokens = text.tokens();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            key.setLength(0);
            for (int n = 0; n < MAX_LABEL_TERMS && i + n < tokens.size(); n++) {
                String k;
                if (n == 0) {
                    k = tokens.get(i).term(); // the common case: no string to build (and its hash is cached)
                } else {
                    if (n == 1) {
                        key.append(tokens.get(i).term());
                    }
                    key.append(' ').append(tokens.get(i + n).term());
                    k = key.toString();
                }
                Node node = nodes.get(k);
                if (node != null && node.ids() != null) {
                    for (String id : node.ids()) {
                        hits.add(new Hit(id, i, i + n, tokens.get(i).start(), tokens.get(i + n).end()));
                    }
                } else if (n == 0 && compounds != null) {
                    for (String id : compoundParts(k, index, compounds)) {
                        hits.add(new Hit(id, i, i, tokens.get(i).start(), tokens.get(i).end()));
                    }
                }
                if (node == null || !node.prefix()) {
                    break;
                }
            }
        }
        return hits;
    }

    /** Languages that write compounds as one word: a label may be the first or the last part of one. */
    static final Set<String> COMPOUNDING = Set.of("de", "sv", "da", "fi", "et");
    static final int MIN_PART = 4;
    static final int MIN_REST = 4;
    /** Compound stems whose parts are remembered per language (the vocabulary of a library is Zipfian). */
    static final int COMPOUND_CACHE = 200_000;

    /**
     * The concepts of the longest one-word label that begins a compound stem, and of the longest that ends
     * it (e.g. de "kulturhaus": culture and house; et "energiahinna": energy), each part at least
     * {@link #MIN_PART} characters and leaving at least {@link #MIN_REST}.
     */
    private static Set<String> compoundParts(String stem, Map<String, Set<String>> index,
                                             Map<String, Set<String>> cache) {
        int len = stem.length();
        if (len < MIN_PART + MIN_REST) {
            return Set.of();
        }
        Set<String> known = cache.get(stem);
        if (known != null) {
            return known;
        }
        Set<String> parts = compoundParts(stem, index);
        if (cache.size() < COMPOUND_CACHE) {
            cache.put(stem, parts);
        }
        return parts;
    }

    private static Set<String> compoundParts(String stem, Map<String, Set<String>> index) {
        int len = stem.length();
        Set<String> ids = new LinkedHashSet<>();
        for (int end = len - MIN_REST; end >= MIN_PART + 1; end--) { // the head word has at least one more letter
            Set<String> hit = index.get(stem.substring(0, end));
            if (hit != null) {
                ids.addAll(hit);
                break;
            }
        }
        for (int start = MIN_REST; start <= len - MIN_PART; start++) {
            Set<String> hit = index.get(stem.substring(start));
            if (hit != null) {
                ids.addAll(hit);
                break;
            }
        }
        return ids.isEmpty() ? Set.of() : Set.copyOf(ids);
    }

    /** Concepts of a label given in any language (e.g. a free theme label of an imported practice). */
    Set<String> conceptsOfLabel(String label) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Map<String, Set<String>>> byLabel = data.byLabel();
        for (String lang : LanguageAnalyzers.LANGUAGES) {
            String key = String.join(" ", AnalysedText.of(label, lang).terms());
            Set<String> hit = byLabel.getOrDefault(lang, Map.of()).get(key);
            if (hit != null) {
                ids.addAll(hit);
            }
        }
        return ids;
    }

    private static Optional<InputStream> read(String resource) {
        return Optional.ofNullable(ConceptLexicon.class.getClassLoader().getResourceAsStream(resource));
    }

    /** Tolerant reader of the theme taxonomy: an array or {"themes": [...]}, labels and keywords per language. */
    static List<Concept> themes(JsonMapper json, InputStream in) {
        List<Concept> result = new ArrayList<>();
        try (in) {
            JsonNode root = json.readTree(in);
            JsonNode list = root.isArray() ? root : root.path("themes");
            for (JsonNode t : list) {
                String code = first(t, "code", "id", "key", "slug");
                if (code == null) {
                    continue;
                }
                Map<String, List<String>> labels = new LinkedHashMap<>();
                addLabels(labels, t.path("labels"));
                addLabels(labels, t.path("label"));
                addLabels(labels, t.path("keywords"));
                addLabels(labels, t.path("synonyms"));
                result.add(new Concept(themeId(code), Concept.Source.THEME, labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    public static String themeId(String code) {
        return "t:" + code;
    }

    private static void addLabels(Map<String, List<String>> labels, JsonNode byLanguage) {
        if (!byLanguage.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : byLanguage.properties()) {
            List<String> target = labels.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(x -> target.addAll(variants(x.asString())));
            } else if (v.isString()) {
                target.addAll(variants(v.asString()));
            }
        }
    }

    private static String first(JsonNode node, String... names) {
        for (String n : names) {
            if (node.path(n).isString() || node.path(n).isNumber()) {
                return node.path(n).asString();
            }
        }
        return null;
    }

    /** The glossary: a header row of language codes, then one concept per row, variants separated by |. */
    static List<Concept> glossary(InputStream in) {
        List<Concept> result = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int row = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cols).map(String::trim).toArray(String[]::new);
                    continue;
                }
                row++;
                Map<String, List<String>> labels = new LinkedHashMap<>();
                for (int i = 0; i < cols.length && i < header.length; i++) {
                    List<String> v = variants(cols[i]);
                    if (!v.isEmpty()) {
                        labels.put(header[i], v);
                    }
                }
                String key = labels.getOrDefault("en", List.of(Integer.toString(row))).get(0);
                result.add(new Concept("g:" + key.replace(' ', '_'), Concept.Source.GLOSSARY, labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static List<Concept> eurovoc(JsonMapper json, InputStream in) {
        List<Concept> result = new ArrayList<>();
        try (in) {
            JsonNode root = json.readTree(in);
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                Map<String, List<String>> labels = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> l : e.getValue().properties()) {
                    labels.put(l.getKey(), variants(l.getValue().asString()));
                }
                result.add(new Concept("ev:" + e.getKey(), Concept.Source.EUROVOC, labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static List<String> variants(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
