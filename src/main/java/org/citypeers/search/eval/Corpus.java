package org.citypeers.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citypeers.search.IndexedPractice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the practice and query files of ../shared/FORMATS.md for the evaluation. */
final class Corpus {

    record Query(String id, String language, String text, Map<String, Integer> relevant) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {}

    /** Practices with ids 1..n in file order; a missing language is detected by {@code detect}. */
    static List<IndexedPractice> practices(Path file, Function<String, String> detect) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        List<IndexedPractice> out = new ArrayList<>();
        long id = 1;
        for (JsonNode p : root.path("practices")) {
            String ext = required(p, "id");
            String title = required(p, "title");
            String summary = required(p, "summary");
            String description = text(p, "description");
            String language = text(p, "language");
            if (language == null) {
                language = detect.apply(title + "\n" + summary);
            }
            List<String> themes = new ArrayList<>();
            p.path("themes").forEach(t -> themes.add(t.asString()));
            out.add(new IndexedPractice(id++, ext, title, summary, description, language, themes, null,
                    text(p, "city"), text(p, "country"),
                    p.path("population").isNumber() ? p.path("population").asInt() : null, text(p, "programme"),
                    p.path("year").isNumber() ? p.path("year").asInt() : null));
        }
        return out;
    }

    static List<Query> queries(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        List<Query> out = new ArrayList<>();
        for (JsonNode q : root.path("queries")) {
            Map<String, Integer> relevant = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : q.path("relevant").properties()) {
                relevant.put(e.getKey(), e.getValue().asInt());
            }
            out.add(new Query(required(q, "id"), text(q, "language"), required(q, "text"), relevant));
        }
        return out;
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("An entry has no '" + field + "': " + abbreviate(n.toString()));
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() && !v.asString().isBlank() ? v.asString() : null;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
