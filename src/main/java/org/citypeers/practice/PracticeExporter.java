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
 * so that an export can be imported elsewhere. Besides the FORMATS.md fields it writes every field a person
 * edits (target groups, stakeholders, budget range, staff, results, transferability, contact, links, and the
 * cities that adapted it: objects {city, country, how, year}, in CSV as a JSON array in one cell), which the importer reads back. Themes are written as English labels (the importer maps
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
            for (PracticeService.Exported e : practices.findPublishedForExport(wanted.subList(i, Math.min(wanted.size(), i + 500)))) {
                rows.add(row(e.snapshot(), e.data()));
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

    private Map<String, Object> row(PracticeSnapshot s, PracticeData d) {
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
        put(m, "budgetRange", d.budgetRange() == null ? null : d.budgetRange().name());
        put(m, "staff", d.staff());
        put(m, "contact", d.contact());
        putList(m, "links", d.links());
        if (!d.adaptations().isEmpty()) {
            m.put("adaptations", d.adaptations().stream().map(PracticeExporter::adaptation).toList());
        }
        return m;
    }

    /** {city, country, how, year}, as the importer reads it. */
    private static Map<String, Object> adaptation(PracticeData.AdaptationData a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("city", a.cityName());
        put(m, "country", a.country());
        put(m, "how", a.how());
        put(m, "year", a.year());
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

    private static final JsonMapper compactJson = JsonMapper.builder().build();

    private static void writeCsv(List<Map<String, Object>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : COLUMNS) {
                    Object v = r.get(c);
                    String cell = v == null ? "" : "adaptations".equals(c) ? compactJson.writeValueAsString(v)
                            : v instanceof List<?> l
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
