package org.citypeers.search.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a bilingual dictionary in the dictd format (as FreeDict ships it in Debian's dict-freedict-*
 * packages): {@code NAME.index} (headword, offset and length in dictd's base64, tab-separated) and
 * {@code NAME.dict.dz} (dictzip, which is gzip) or {@code NAME.dict}. For each headword it gives the first
 * few translation phrases, cleaned of pronunciations, grammar tags, notes and cross-references.
 *
 * <p>Two entry layouts occur: classic FreeDict (translations on the line after the headword, further senses
 * on lines "2. ...") and WikDict (a translation line, then a definition in the source language, then
 * " 2." and so on): only the first line and lines that start with a sense number are taken as translations.
 */
final class DictdReader {

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern SENSE = Pattern.compile("^\\d+\\.\\s*");
    private static final Pattern TRAILING_SENSE = Pattern.compile("\\s+\\d+\\.\\s*$");
    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|<[^>]*>|\\{[^}]*}|/[^/]*/");
    /** Phrases longer than this are explanations, not translations. */
    static final int MAX_PHRASE_WORDS = 3;

    private DictdReader() {}

    /**
     * Calls {@code entry} with each headword and up to {@code maxPhrases} translation phrases (headwords
     * with no usable translation are skipped), in the order of the dictionary file.
     */
    static void read(Path index, Path dict, int maxPhrases, BiConsumer<String, List<String>> entry) throws IOException {
        record Ref(String headword, long offset, int length) {}
        List<Ref> refs = new ArrayList<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].startsWith("00-database") || f[0].startsWith("00database")) {
                continue;
            }
            refs.add(new Ref(f[0], decode(f[1]), (int) decode(f[2])));
        }
        refs.sort(Comparator.comparingLong(Ref::offset));
        try (InputStream in = open(dict)) {
            long position = 0;
            long lastOffset = -1;
            byte[] last = null;
            for (Ref r : refs) {
                byte[] bytes;
                if (r.offset() == lastOffset && last != null && last.length == r.length()) {
                    bytes = last;
                } else if (r.offset() < position) {
                    continue; // overlapping entries do not occur in FreeDict; skip rather than re-read
                } else {
                    in.skipNBytes(r.offset() - position);
                    bytes = in.readNBytes(r.length());
                    position = r.offset() + bytes.length;
                }
                lastOffset = r.offset();
                last = bytes;
                List<String> phrases = translations(new String(bytes, StandardCharsets.UTF_8), maxPhrases);
                if (!phrases.isEmpty()) {
                    entry.accept(r.headword(), phrases);
                }
            }
        }
    }

    private static InputStream open(Path dict) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(dict), 1 << 16);
        return dict.getFileName().toString().endsWith(".dz") ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /** The translation phrases of one entry's text (its first line is the headword line). */
    static List<String> translations(String entry, int maxPhrases) {
        List<String> out = new ArrayList<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length && out.size() < maxPhrases; i++) {
            String line = lines[i].strip();
            boolean sense = SENSE.matcher(line).find();
            if (line.isEmpty() || (i > 1 && !sense)) {
                continue;
            }
            line = SENSE.matcher(line).replaceFirst("");
            line = TRAILING_SENSE.matcher(line).replaceFirst("");
            line = NOTES.matcher(line).replaceAll(" ");
            for (String phrase : line.split("[,;]")) {
                String p = phrase.strip().replaceAll("\\s+", " ");
                if (p.isEmpty() || p.split(" ").length > MAX_PHRASE_WORDS || out.contains(p)) {
                    continue;
                }
                out.add(p);
                if (out.size() == maxPhrases) {
                    break;
                }
            }
        }
        return out;
    }

    /** dictd's base64 number (most significant digit first). */
    static long decode(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = B64.indexOf(s.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("Not a dictd number: " + s);
            }
            v = v * 64 + d;
        }
        return v;
    }
}
