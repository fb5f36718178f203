package org.citypeers.award.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/** The printable certificate of an award: one landscape A4 page with a frame, the title, the city and the citation. */
public final class CertificatePdf {

    /** A4 landscape as a plain rectangle (not a rotated portrait page), so viewers and printers agree. */
    private static final Rectangle LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    static final Color ACCENT = new Color(0x1A, 0x4D, 0x80);

    /** What the certificate says; texts as written (the city's name in its own spelling). */
    public record Content(String awardTitle, String cityName, String countryName, String programmeName, String citation,
                          String date, String language) {}

    private CertificatePdf() {}

    public static byte[] render(Content c, Labels labels) {
        PdfFonts fonts = new PdfFonts();
        TaggedPdf pdf = new TaggedPdf(LANDSCAPE, 72, labels.get("award.certificate.documentTitle", c.awardTitle(), c.cityName()),
                c.language());
        frame(pdf.canvasUnder(), LANDSCAPE.getWidth(), LANDSCAPE.getHeight());
        Paragraph heading = centred(labels.get("award.certificate.heading"), fonts.regular(16, ACCENT), 10);
        heading.setSpacingBefore(40);
        pdf.add(TaggedPdf.P, heading);
        pdf.add(TaggedPdf.H1, centred(c.awardTitle(), fonts.bold(30, ACCENT), 24));
        pdf.add(TaggedPdf.P, centred(labels.get("award.certificate.awardedTo"), fonts.regular(14), 8));
        pdf.add(TaggedPdf.H2, centred(c.cityName(), fonts.bold(36), 4));
        if (c.countryName() != null) {
            pdf.add(TaggedPdf.P, centred(c.countryName(), fonts.regular(14), 18));
        }
        if (c.citation() != null && !c.citation().isBlank()) {
            Paragraph citation = centred("„" + c.citation().trim() + "“", fonts.regular(13), 18);
            citation.setIndentationLeft(40);
            citation.setIndentationRight(40);
            pdf.add(TaggedPdf.P, citation);
        }
        pdf.add(TaggedPdf.P, centred(labels.get("award.certificate.by", c.programmeName()), fonts.regular(11), 4));
        pdf.add(TaggedPdf.P, centred(c.date(), fonts.regular(11), 0));
        return pdf.finish();
    }

    private static Paragraph centred(String text, com.lowagie.text.Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        p.setLeading(font.getSize() * 1.3f);
        return p;
    }

    private static void frame(PdfContentByte cb, float width, float height) {
        cb.beginMarkedContentSequence(new com.lowagie.text.pdf.PdfName("Artifact"));
        cb.saveState();
        cb.setColorStroke(ACCENT);
        cb.setLineWidth(3f);
        cb.rectangle(30, 30, width - 60, height - 60);
        cb.stroke();
        cb.setLineWidth(0.8f);
        cb.rectangle(40, 40, width - 80, height - 80);
        cb.stroke();
        cb.restoreState();
        cb.endMarkedContentSequence();
    }
}
