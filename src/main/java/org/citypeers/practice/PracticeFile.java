package org.citypeers.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a practice file (JSON as in FORMATS.md, or CSV with the same field names as columns) into
 * entries, checking size, encoding, syntax, types, required fields and duplicated ids, and listing every
 * problem per entry. It writes nothing; {@link PracticeImporter} does, and only when there is no problem.
 * Public so that the evaluation command can read corpus files the same way.
 */
public final class PracticeFile {

    /** Files above this size are refused before parsing. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Lists in CSV cells are separated by this character. */
    public static final char CSV_LIST_SEPARATOR = ';';
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** One entry of the file: the external id, the practice content, the status it should have. */
    public record Entry(int position, String externalId, PracticeData data, PracticeStatus status, List<String> freeThemes) {}

    /** The file read: entries, or why it cannot be used. */
    public record Parsed(String fileError, List<Entry> entries, List<ImportResult.EntryError> errors) {
        public boolean ok() {
            return fileError == null && errors.isEmpty();
        }
    }

    private PracticeFile() {}

    /** Reads at most {@link #MAX_BYTES} (+1 to notice a bigger file) from the stream. */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("too big");
        }
        return bytes;
    }

    /** Parses a whole file; {@code fileName} decides between JSON and CSV (else the content does). */
    public static Parsed parse(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return fileError(tooBig());
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return fileError(e.getMessage());
        }
        if (text.isBlank()) {
            return fileError("The file is empty.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || (!name.endsWith(".json") && !text.stripLeading().startsWith("{"));
        return csv ? parseCsv(text) : parseJson(text);
    }

    static String tooBig() {
        return "The file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB; split it into smaller files.";
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = d.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes);
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return "The file is not valid UTF-8 (first bad byte at offset " + offset + "). Save it as UTF-8 and try again.";
                }
            };
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    private static Parsed fileError(String message) {
        return new Parsed(message, List.of(), List.of());
    }

    // ------------------------------------------------------------------------------------------ JSON

    private static Parsed parseJson(String text) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage();
            var loc = e.getLocation();
            return fileError("The file is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + ")") + ": " + (msg == null ? "" : msg.lines().findFirst().orElse("")));
        }
        if (root == null || !root.isObject() || !root.path("practices").isArray()) {
            return fileError("The file must be a JSON object with a \"practices\" array (see FORMATS.md).");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ImportResult.EntryError> errors = new ArrayList<>();
        int pos = 0;
        for (JsonNode n : root.path("practices")) {
            pos++;
            if (!n.isObject()) {
                errors.add(new ImportResult.EntryError(pos, null, List.of("an entry must be a JSON object")));
                rows.add(null);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            n.properties().forEach(e -> row.put(e.getKey(), toJava(e.getValue())));
            rows.add(row);
        }
        return entries(rows, errors);
    }

    private static Object toJava(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.asLong() : (Object) Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(x -> l.add(toJava(x)));
            return l;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        v.properties().forEach(e -> m.put(e.getKey(), toJava(e.getValue())));
        return m;
    }

    // ------------------------------------------------------------------------------------------- CSV

    private static Parsed parseCsv(String text) {
        List<Map<String, Object>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("id") || !header.contains("title")) {
                return fileError("The CSV file needs a header row with at least the columns id, title, summary, city, country.");
            }
            for (CSVRecord rec : parser) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String h : header) {
                    String v = rec.isSet(h) ? unprotect(rec.get(h)) : null;
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    row.put(h, switch (h) {
                        case "themes", "targetGroups", "stakeholders", "links" -> splitList(v);
                        case "adaptations" -> csvAdaptations(v);
                        default -> v;
                    });
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            return fileError("The CSV file cannot be read: " + PracticeValidation.shorten(String.valueOf(e.getMessage())));
        }
        return entries(rows, new ArrayList<>());
    }

    private static List<Object> splitList(String v) {
        List<Object> out = new ArrayList<>();
        for (String s : v.split(String.valueOf(CSV_LIST_SEPARATOR))) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /**
     * A CSV adaptations cell is either the JSON array the exporter writes ({@code [{"city": ..., "how": ...}]}),
     * which keeps every field, or, typed by hand, city names separated by ';'.
     */
    private static Object csvAdaptations(String v) {
        if (v.startsWith("[")) {
            try {
                return toJava(JsonMapper.builder().build().readTree(v));
            } catch (JacksonException e) {
                return "not valid JSON";
            }
        }
        List<Object> out = new ArrayList<>();
        for (Object name : splitList(v)) {
            out.add(Map.of("city", name));
        }
        return out;
    }

    /** Undoes the quote {@link PracticeExporter} puts before cells that a spreadsheet would take as a formula. */
    private static String unprotect(String v) {
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
            return v.substring(1);
        }
        return v;
    }

    // ------------------------------------------------------------------------------------- entries

    private static Parsed entries(List<Map<String, Object>> rows, List<ImportResult.EntryError> errors) {
        if (rows.isEmpty()) {
            return fileError("The file contains no practices.");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int pos = 0;
        for (Map<String, Object> row : rows) {
            pos++;
            if (row == null) {
                continue;
            }
            Fields f = new Fields(row);
            String id = f.string("id", true);
            if (id != null && (id.length() > GoodPractice.EXTERNAL_ID_MAX || !id.matches("[\\p{L}\\p{N}._:/#-]+"))) {
                f.problems.add("id: at most " + GoodPractice.EXTERNAL_ID_MAX + " letters, digits and . _ : / # -");
            }
            if (id != null && seen.containsKey(id)) {
                f.problems.add("id: '" + id + "' appears more than once in the file (also entry " + seen.get(id) + ")");
            } else if (id != null) {
                seen.put(id, pos);
            }
            String title = f.string("title", true);
            String summary = f.string("summary", true);
            String description = f.string("description", false);
            String city = f.string("city", true);
            String country = f.string("country", true);
            String language = f.string("language", false);
            if (language != null && !LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT))) {
                f.problems.add("language: '" + PracticeValidation.shorten(language) + "' is not an ISO 639-1 language code");
            }
            List<String> themes = f.strings("themes").stream().map(PlainText::of).filter(java.util.Objects::nonNull).toList();
            Integer population = f.integer("population");
            String programme = f.string("programme", false);
            Integer year = f.integer("year");
            String url = f.string("url", false);
            PracticeStatus status = PracticeStatus.PUBLISHED;
            String st = f.string("status", false);
            if (st != null) {
                try {
                    status = PracticeStatus.valueOf(st.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    f.problems.add("status: must be one of DRAFT, SUBMITTED, VALIDATED, PUBLISHED, RETURNED, REJECTED");
                }
            }
            BudgetRange budget = null;
            String b = f.string("budgetRange", false);
            if (b != null) {
                try {
                    budget = BudgetRange.valueOf(b.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    f.problems.add("budgetRange: must be one of UNDER_10K, FROM_10K_TO_50K, FROM_50K_TO_200K, FROM_200K_TO_1M, OVER_1M");
                }
            }
            List<PracticeData.AdaptationData> adaptations = f.adaptations();
            PracticeData data = new PracticeData(title, summary, description, null, city,
                    country == null ? null : country.trim().toUpperCase(Locale.ROOT), population, null, programme,
                    language == null ? null : language.trim().toLowerCase(Locale.ROOT), List.of(), List.of(),
                    f.strings("targetGroups"), f.strings("stakeholders"), budget, f.string("staff", false),
                    f.string("results", false), f.string("transferability", false), f.string("contact", false),
                    f.strings("links"), year, url, adaptations);
            PracticeData clean = PracticeSanitizer.clean(data);
            for (String p : PracticeValidation.problems(clean)) {
                if (f.problems.stream().noneMatch(x -> x.startsWith(p.substring(0, p.indexOf(':') + 1)))) {
                    f.problems.add(p);
                }
            }
            if (!f.problems.isEmpty()) {
                errors.add(new ImportResult.EntryError(pos, id, List.copyOf(f.problems)));
            } else {
                entries.add(new Entry(pos, id, clean, status, themes));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportResult.EntryError::position));
        return new Parsed(null, entries, errors);
    }

    /** Typed access to one entry's fields that records a problem for each wrong type or missing value. */
    private static final class Fields {
        final Map<String, Object> row;
        final List<String> problems = new ArrayList<>();

        Fields(Map<String, Object> row) {
            this.row = row;
        }

        String string(String name, boolean required) {
            Object v = row.get(name);
            if (v == null || (v instanceof String s && s.isBlank())) {
                if (required) {
                    problems.add(name + ": is required");
                }
                return null;
            }
            if (!(v instanceof String s)) {
                problems.add(name + ": must be text, got " + kind(v));
                return null;
            }
            return s;
        }

        Integer integer(String name) {
            Object v = row.get(name);
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                try {
                    v = Long.parseLong(s.trim().replace("_", ""));
                } catch (NumberFormatException e) {
                    problems.add(name + ": must be a whole number, got '" + PracticeValidation.shorten(s) + "'");
                    return null;
                }
            }
            if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                return l.intValue();
            }
            problems.add(name + ": must be a whole number, got " + kind(v));
            return null;
        }

        List<String> strings(String name) {
            Object v = row.get(name);
            if (v == null) {
                return List.of();
            }
            if (v instanceof String s) {
                return List.of(s);
            }
            if (v instanceof List<?> l) {
                List<String> out = new ArrayList<>();
                for (Object o : l) {
                    if (o instanceof String s) {
                        out.add(s);
                    } else if (o != null) {
                        problems.add(name + ": must be a list of texts, found " + kind(o));
                        return List.of();
                    }
                }
                return out;
            }
            problems.add(name + ": must be a list of texts, got " + kind(v));
            return List.of();
        }

        List<PracticeData.AdaptationData> adaptations() {
            Object v = row.get("adaptations");
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> l)) {
                problems.add("adaptations: must be a list of objects {city, country, how, year}");
                return List.of();
            }
            List<PracticeData.AdaptationData> out = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof Map<?, ?> m)) {
                    problems.add("adaptations: must be a list of objects {city, country, how, year}");
                    return List.of();
                }
                @SuppressWarnings("unchecked")
                Fields a = new Fields((Map<String, Object>) m);
                PracticeData.AdaptationData d = new PracticeData.AdaptationData(null, a.string("city", true),
                        a.string("country", false), a.string("how", false), a.integer("year"));
                a.problems.forEach(p -> problems.add("adaptations." + p));
                out.add(d);
            }
            return out;
        }

        private static String kind(Object v) {
            if (v instanceof String) {
                return "text";
            }
            if (v instanceof Number) {
                return "a number";
            }
            if (v instanceof Boolean) {
                return "true/false";
            }
            if (v instanceof List) {
                return "a list";
            }
            return "an object";
        }
    }
}
