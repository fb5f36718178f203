package org.citypeers.award.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.Color;

/**
 * The fonts of CityPeers' PDFs: DejaVu Sans, shipped in {@code resources/fonts} (Bitstream Vera licence,
 * see DejaVu-LICENSE.txt) and embedded with Identity-H encoding, so Lithuanian, Latvian, Polish, Estonian
 * and German text prints right on any machine (ą ę ł ś ż ė ų š ž č ā ē ī ō õ ä ö ü).
 */
public final class PdfFonts {

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    /** One BaseFont per face and document: OpenPDF records the glyphs used to embed one subset of each. */
    private final BaseFont regular = base("DejaVuSans.ttf", REGULAR);
    private final BaseFont bold = base("DejaVuSans-Bold.ttf", BOLD);

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font regular(float size, Color color) {
        Font f = regular(size);
        f.setColor(color);
        return f;
    }

    public Font bold(float size, Color color) {
        Font f = bold(size);
        f.setColor(color);
        return f;
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String path) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
