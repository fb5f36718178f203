package org.citypeers.award.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citypeers.base.ui.BundleI18NProvider;

/** Test helpers: the English labels, and the text of a PDF as OpenPDF and (where installed) poppler's pdftotext read it. */
final class PdfText {

    static final String DIACRITICS = "ą ę ł ś ż ė ų š ž č ā ē ī ō õ ä ö ü";
    private static final BundleI18NProvider I18N = new BundleI18NProvider();
    static final Labels ENGLISH = (key, args) -> I18N.getTranslation(key, Locale.ENGLISH, args);

    private PdfText() {}

    /** The text OpenPDF's own extractor reads (always available, so the tests never skip). */
    static String openPdf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(extractor.getTextFromPage(i)).append('\n');
            }
            return sb.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The text poppler's pdftotext reads, or null when pdftotext is not installed. */
    static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path exe = List.of(Path.of("/usr/bin/pdftotext"), Path.of("/usr/local/bin/pdftotext")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (exe == null) {
            return null;
        }
        Path in = Files.createTempFile("citypeers", ".pdf");
        Path out = Files.createTempFile("citypeers", ".txt");
        try {
            Files.write(in, pdf);
            List<String> cmd = new ArrayList<>(List.of(exe.toString(), "-enc", "UTF-8", in.toString(), out.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed: " + log);
            }
            return Files.readString(out).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
