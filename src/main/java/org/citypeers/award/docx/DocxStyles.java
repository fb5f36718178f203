package org.citypeers.award.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The style sheet of CityPeers' Word documents. A new POI document has no styles at all, so the built-in
 * paragraph styles Word and LibreOffice recognise by name ("Normal", "heading 1" to "heading 3", with their
 * outline levels) are defined here; that is what makes headings real headings for the navigation pane, a
 * table of contents and screen readers. The default language is the text's language, so spelling and
 * hyphenation follow it.
 */
final class DocxStyles {

    private static final String FONT = "Calibri";
    private static final String ACCENT = "1F3A5F";
    /** Font sizes in half-points: body 11 pt, headings 18 / 14 / 12 pt. */
    private static final int BODY = 22;
    private static final int[] HEADING = {36, 28, 24};

    private DocxStyles() {}

    /** The style id of a heading level (1-3). */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** A new, empty document with the style sheet, its default language set to {@code language} (BCP 47). */
    static XWPFDocument newDocument(String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY));
        run.addNewLang().setVal(language);
        CTPPrGeneral paragraph = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
        spacing(paragraph, 0, 120).setLine(BigInteger.valueOf(276));
        paragraph.getSpacing().setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = style(styles, "Normal", "Normal");
        normal.setDefault(true);
        normal.addNewQFormat();
        for (int level = 1; level <= HEADING.length; level++) {
            CTStyle h = style(styles, heading(level), "heading " + level);
            h.addNewBasedOn().setVal("Normal");
            h.addNewNext().setVal("Normal");
            h.addNewUiPriority().setVal(BigInteger.valueOf(9));
            h.addNewQFormat();
            CTPPrGeneral p = h.addNewPPr();
            p.addNewKeepNext();
            p.addNewKeepLines();
            spacing(p, level == 1 ? 0 : 240, 80);
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr r = h.addNewRPr();
            r.addNewB();
            r.addNewBCs();
            r.addNewColor().setVal(ACCENT);
            r.addNewSz().setVal(BigInteger.valueOf(HEADING[level - 1]));
            r.addNewSzCs().setVal(BigInteger.valueOf(HEADING[level - 1]));
        }

        XWPFDocument doc = new XWPFDocument();
        doc.createStyles().setStyles(styles);
        return doc;
    }

    private static CTStyle style(CTStyles styles, String id, String name) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        return s;
    }

    private static CTSpacing spacing(CTPPrGeneral p, int beforeTwips, int afterTwips) {
        CTSpacing s = p.addNewSpacing();
        s.setBefore(BigInteger.valueOf(beforeTwips));
        s.setAfter(BigInteger.valueOf(afterTwips));
        return s;
    }
}
