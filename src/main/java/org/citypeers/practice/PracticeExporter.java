package org.citypeers.practice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports published practices in the import format (FORMATS.md JSON, or CSV with the same columns),
 * so that an export can be imported elsewhere. Themes are written as English labels (the importer maps
 * them back), followed by the free tags. Public: only published practices are ever written.
 */
@Service
public class PracticeExporter {

    /** The export formats. */
    public enum Format {
        JSON("application/json", ".json"), CSV("text/csv", ".csv");

        public final String mimeType;
        public final String extension;

        Format(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }
    }

    static final List<String> COLUMNS = List.of("id", "title", "summary", "description", "city", "country", "language", "themes",
            "population", "programme", "year", "url", "status", "targetGroups", "stakeholders", "budgetRange", "staff", "results",
            "transferability", "contact", "links", "adaptations");

    private final PracticeService practices;
    private final ThemeService themes;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PracticeExporter(PracticeService practices, ThemeService themes) {
        this.practices = practices;
        this.themes = themes;
    }

    /**
     * Writes the published practices among {@code ids} (in that order; null: the whole published
     * library) to {@code out}. Unpublished or unknown ids are left out silently.
     */
    public void export(Collection<Long> ids, Format format, OutputStream out) throws IOException {
        List<Long> wanted = ids == null ? practices.publishedIds() : List.copyOf(ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i += 500) {
            for (PracticeSnapshot s : practices.findPublished(wanted.subList(i, Math.min(wanted.size(), i + 500)))) {
                rows.add(row(s));
            }
        }
        if (format == Format.JSON) {
            json.writeValue(out, Map.of("practices", rows));
        } else {
            writeCsv(rows, out);
        }
    }

    /** A file name like {@code citypeers-practices.json}. */
    public static String fileName(Format format) {
        return "citypeers-practices" + format.extension;
    }

    private Map<String, Object> row(PracticeSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.externalId() != null ? s.externalId() : "citypeers-" + s.id());
        m.put("title", s.title());
        m.put("summary", s.summary());
        put(m, "description", s.description());
        m.put("city", s.cityName());
        m.put("country", s.country());
        m.put("language", s.language());
        List<String> labels = new ArrayList<>(s.themes().stream().map(c -> themes.label(c, "en")).toList());
        labels.addAll(s.tags());
        m.put("themes", labels);
        put(m, "population", s.population());
        put(m, "programme", s.programmeShortName());
        put(m, "year", s.year());
        put(m, "url", s.url());
        m.put("status", s.status().name());
        putList(m, "targetGroups", s.targetGroups());
        putList(m, "stakeholders", s.stakeholders());
        put(m, "results", s.results());
        put(m, "transferability", s.transferability());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object v) {
        if (v != null) {
            m.put(key, v);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<String> v) {
        if (v != null && !v.isEmpty()) {
            m.put(key, v);
        }
    }

    private static void writeCsv(List<Map<String, Object>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : COLUMNS) {
                    Object v = r.get(c);
                    String cell = v == null ? "" : v instanceof List<?> l
                            ? String.join(PracticeFile.CSV_LIST_SEPARATOR + " ", l.stream().map(String::valueOf).toList())
                            : String.valueOf(v);
                    cells.add(protect(cell));
                }
                csv.printRecord(cells);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A cell a spreadsheet would run as a formula gets a leading quote (the importer removes it again). */
    static String protect(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
