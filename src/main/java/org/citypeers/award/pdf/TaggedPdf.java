package org.citypeers.award.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * Writes a tagged PDF (a structure tree with headings, paragraphs and tables, the document language and
 * title) so that screen readers and text extraction read it in order. OpenPDF's document API does not tag
 * by itself, so each block is laid out with {@link ColumnText} inside a marked-content sequence of its
 * structure element, continuing on a new page when it does not fit.
 */
public final class TaggedPdf {

    public static final PdfName H1 = new PdfName("H1");
    public static final PdfName H2 = new PdfName("H2");
    public static final PdfName H3 = new PdfName("H3");
    public static final PdfName P = PdfName.P;
    public static final PdfName TABLE = new PdfName("Table");
    public static final PdfName LIST = new PdfName("L");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private float y;

    /**
     * @param language the main language of the text (BCP 47, e.g. "lt"), set as the document's /Lang
     */
    public TaggedPdf(Rectangle pageSize, float margin, String title, String language) {
        document = new Document(pageSize, margin, margin, margin, margin);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setTagged();
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language == null || language.isBlank() ? "en" : language));
        document.addTitle(title);
        document.addCreator("CityPeers");
        document.open();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
        y = document.top();
    }

    /** Adds one block (a paragraph, a heading, a table) as a structure element of the given role. */
    public TaggedPdf add(PdfName role, Element element) {
        PdfContentByte cb = writer.getDirectContent();
        PdfStructureElement se = new PdfStructureElement(root, role);
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
        ct.addElement(element);
        try {
            while (true) {
                cb.beginMarkedContentSequence(se);
                int status = ct.go();
                cb.endMarkedContentSequence();
                y = ct.getYLine();
                if (!ColumnText.hasMoreText(status)) {
                    return this;
                }
                newPage();
                ct.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a new page (when the current one has content). */
    public TaggedPdf newPage() {
        document.newPage();
        y = document.top();
        return this;
    }

    /** Space left on the current page, in points. */
    public float spaceLeft() {
        return y - document.bottom();
    }

    public PdfContentByte canvasUnder() {
        return writer.getDirectContentUnder();
    }

    public Document document() {
        return document;
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
