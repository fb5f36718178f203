package org.citypeers.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the attachment types CityPeers accepts from their content (magic bytes, and the inside
 * of ZIP-based office files), not from the name: PDF, PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint
 * (OOXML and the old binary formats) and OpenDocument. Anything else (HTML, SVG, scripts, archives)
 * is refused. The file name's extension must agree with the content.
 */
final class FileTypes {

    private static final Map<String, String> OOXML = Map.of("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg jpeg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/msword", "doc"), Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"));

    private FileTypes() {}

    /** The accepted extensions, for the upload component's hint. */
    static final String[] ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".docx", ".xlsx", ".pptx", ".odt", ".ods",
            ".odp", ".doc", ".xls", ".ppt"};

    /** The MIME type of an accepted file whose name agrees with its content, or empty. */
    static Optional<String> detect(String fileName, byte[] b) {
        String ext = extension(fileName);
        Optional<String> type = sniff(b, ext);
        return type.filter(t -> Arrays.asList(EXTENSIONS.get(t).split(" ")).contains(ext));
    }

    private static Optional<String> sniff(byte[] b, String ext) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (b.length > 12 && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return switch (ext) {
                case "doc" -> Optional.of("application/msword");
                case "xls" -> Optional.of("application/vnd.ms-excel");
                case "ppt" -> Optional.of("application/vnd.ms-powerpoint");
                default -> Optional.empty();
            };
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            return zipType(b);
        }
        return Optional.empty();
    }

    private static Optional<String> zipType(byte[] b) {
        boolean contentTypes = false;
        String ooxml = null;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int n = 0;
            while ((e = z.getNextEntry()) != null && n++ < 500) {
                String name = e.getName();
                if (n == 1 && name.equals("mimetype")) {
                    String mime = new String(z.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return mime.startsWith("application/vnd.oasis.opendocument.") && EXTENSIONS.containsKey(mime)
                            ? Optional.of(mime) : Optional.empty();
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                }
                for (var o : OOXML.entrySet()) {
                    if (name.startsWith(o.getKey())) {
                        ooxml = o.getValue();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && ooxml != null ? Optional.of(ooxml) : Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
