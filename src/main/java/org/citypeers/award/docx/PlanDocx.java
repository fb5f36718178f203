package org.citypeers.award.docx;

import static org.citypeers.award.pdf.PlanDocument.hasText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citypeers.award.pdf.Labels;
import org.citypeers.award.pdf.PlanDocument;

/**
 * Exports an action plan to a Word document (DOCX, see ADR 0012) with the same content as the PDF. It is
 * built to be accessible and editable: the title and headings use Word's Heading 1-3 styles (the navigation
 * pane and a table of contents work), tables have a repeated header row and a caption, the document's
 * language is the plan's language (the English summary is marked English), and the core properties carry
 * the title and the city as author.
 */
public final class PlanDocx {

    private static final String HEADER_FILL = "E8EEF5";
    private static final String MUTED = "6B6B6B";

    public static byte[] render(PlanDocument plan, Labels labels) {
        return new PlanDocx(plan, labels).write();
    }

    private final PlanDocument plan;
    private final Labels labels;
    private final XWPFDocument doc;

    private PlanDocx(PlanDocument plan, Labels labels) {
        this.plan = plan;
        this.labels = labels;
        this.doc = DocxStyles.newDocument(hasText(plan.language()) ? plan.language() : "en");
    }

    private byte[] write() {
        properties();
        heading(1, plan.title());
        paragraph(plan.subtitle(), null);
        String state = plan.state(labels);
        if (!state.isEmpty()) {
            paragraph(state, MUTED);
        }
        if (hasText(plan.englishSummary())) {
            heading(2, labels.get("award.pdf.summary"));
            text(plan.englishSummary()).forEach(r -> r.setLang("en"));
        }
        for (PlanDocument.Part part : plan.parts()) {
            switch (part) {
                case PlanDocument.Section s -> {
                    heading(2, s.heading(labels));
                    textOrEmpty(s.text());
                }
                case PlanDocument.Questionnaire q -> {
                    heading(2, q.title());
                    if (hasText(q.score())) {
                        paragraph(labels.get("award.pdf.questionnaireScore", q.score()), null).getRuns().getFirst().setBold(true);
                    }
                    if (!q.answers().isEmpty()) {
                        table(q.table(labels), q.title());
                    }
                }
                case PlanDocument.Stakeholders s -> {
                    heading(2, s.title());
                    if (s.rows().isEmpty()) {
                        textOrEmpty(null);
                    } else {
                        table(s.table(labels), s.title());
                    }
                }
                case PlanDocument.Actions list -> {
                    heading(2, list.title());
                    if (list.actions().isEmpty()) {
                        textOrEmpty(null);
                    }
                    int n = 1;
                    for (PlanDocument.Action a : list.actions()) {
                        action(n++, a);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (doc) {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void properties() {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(clean(plan.title()));
        core.setCreator(clean(plan.cityName()));
        core.setSubjectProperty(clean(plan.programmeName()));
        core.getUnderlyingProperties().setLanguageProperty(Optional.ofNullable(plan.language()));
        doc.getProperties().getExtendedProperties().setApplication("CityPeers");
    }

    private void action(int n, PlanDocument.Action a) {
        String title = n + ". " + a.title();
        heading(3, title);
        if (hasText(a.description())) {
            text(a.description());
        }
        List<PlanDocument.Fact> facts = a.facts(labels);
        if (!facts.isEmpty()) {
            // a two-column list of facts: the label column is bold, like the PDF; no header row to repeat
            XWPFTable t = newTable(facts.size(), 2, new float[] {1.2f, 3}, title);
            for (int i = 0; i < facts.size(); i++) {
                cell(t.getRow(i).getCell(0), facts.get(i).label(), true);
                cell(t.getRow(i).getCell(1), facts.get(i).value(), false);
            }
        }
        if (!a.indicators().isEmpty()) {
            table(a.indicatorTable(labels), title + ": " + labels.get("award.pdf.indicator"));
        }
    }

    /** A table whose first row is its header, repeated on every page and announced as such by screen readers. */
    private void table(PlanDocument.Table table, String caption) {
        XWPFTable t = newTable(table.rows().size() + 1, table.headers().size(), table.widths(), caption);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.headers().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            cell(cell, table.headers().get(c), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(t.getRow(r + 1).getCell(c), row.get(c), false);
            }
        }
    }

    private XWPFTable newTable(int rows, int columns, float[] widths, String caption) {
        XWPFTable t = doc.createTable(rows, columns);
        t.setWidth("100%");
        t.getCTTbl().getTblPr().addNewTblCaption().setVal(clean(caption));
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < columns; c++) {
                row.getCell(c).setWidth(Math.round(widths[c] * 100 / sum) + "%");
            }
        }
        // Word joins two tables with nothing between them into one (facts and indicators of an action),
        // so an empty paragraph follows each table; it also gives the air after it
        doc.createParagraph().setSpacingAfter(0);
        return t;
    }

    private void cell(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(clean(value));
        run.setBold(bold);
    }

    private void heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.heading(level));
        p.createRun().setText(clean(text));
    }

    private XWPFParagraph paragraph(String text, String color) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(clean(text));
        if (color != null) {
            run.setColor(color);
        }
        return p;
    }

    private void textOrEmpty(String text) {
        if (hasText(text)) {
            text(text);
        } else {
            paragraph(labels.get("award.pdf.empty"), MUTED).getRuns().getFirst().setItalic(true);
        }
    }

    /** A text as the city wrote it: a blank line starts a new paragraph, a single line break stays a break. */
    private List<XWPFRun> text(String text) {
        List<XWPFRun> runs = new ArrayList<>();
        for (String block : clean(text).strip().split("\\n\\s*\\n")) {
            XWPFParagraph p = doc.createParagraph();
            String[] lines = block.split("\\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = p.createRun();
                run.setText(lines[i]);
                if (i < lines.length - 1) {
                    run.addBreak();
                }
                runs.add(run);
            }
        }
        return runs;
    }

    /** Drops characters XML 1.0 cannot carry (control characters pasted from elsewhere), keeping tabs and line breaks. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
