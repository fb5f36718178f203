package org.citypeers.award.pdf;

import static org.citypeers.award.pdf.PlanDocument.hasText;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/** Exports an action plan to a readable, tagged A4 PDF: all sections, stakeholders, actions with indicators, questionnaire. */
public final class PlanPdf {

    private static final Color HEADER_BG = new Color(0xE8, 0xEE, 0xF5);

    public static byte[] render(PlanDocument plan, Labels labels) {
        return new PlanPdf(labels).write(plan);
    }

    private final Labels labels;
    private final PdfFonts fonts = new PdfFonts();

    private PlanPdf(Labels labels) {
        this.labels = labels;
    }

    private byte[] write(PlanDocument plan) {
        TaggedPdf pdf = new TaggedPdf(PageSize.A4, 56, plan.title(), plan.language());
        pdf.add(TaggedPdf.H1, para(plan.title(), fonts.bold(20, CertificatePdf.ACCENT), 6));
        pdf.add(TaggedPdf.P, para(plan.subtitle(), fonts.regular(11), 2));
        String state = plan.state(labels);
        if (!state.isEmpty()) {
            pdf.add(TaggedPdf.P, para(state, fonts.regular(9, Color.DARK_GRAY), 12));
        }
        if (hasText(plan.englishSummary())) {
            pdf.add(TaggedPdf.H2, heading(labels.get("award.pdf.summary")));
            pdf.add(TaggedPdf.P, body(plan.englishSummary()));
        }
        for (PlanDocument.Part part : plan.parts()) {
            switch (part) {
                case PlanDocument.Section s -> {
                    pdf.add(TaggedPdf.H2, heading(s.heading(labels)));
                    pdf.add(TaggedPdf.P, hasText(s.text()) ? body(s.text()) : empty());
                }
                case PlanDocument.Questionnaire q -> {
                    pdf.add(TaggedPdf.H2, heading(q.title()));
                    if (hasText(q.score())) {
                        pdf.add(TaggedPdf.P, para(labels.get("award.pdf.questionnaireScore", q.score()), fonts.bold(11), 6));
                    }
                    if (!q.answers().isEmpty()) {
                        pdf.add(TaggedPdf.TABLE, table(q.table(labels)));
                    }
                }
                case PlanDocument.Stakeholders s -> {
                    pdf.add(TaggedPdf.H2, heading(s.title()));
                    if (s.rows().isEmpty()) {
                        pdf.add(TaggedPdf.P, empty());
                    } else {
                        pdf.add(TaggedPdf.TABLE, table(s.table(labels)));
                    }
                }
                case PlanDocument.Actions list -> {
                    pdf.add(TaggedPdf.H2, heading(list.title()));
                    if (list.actions().isEmpty()) {
                        pdf.add(TaggedPdf.P, empty());
                    }
                    int n = 1;
                    for (PlanDocument.Action a : list.actions()) {
                        action(pdf, n++, a);
                    }
                }
            }
        }
        return pdf.finish();
    }

    private void action(TaggedPdf pdf, int n, PlanDocument.Action a) {
        pdf.add(TaggedPdf.H3, para(n + ". " + a.title(), fonts.bold(12), 4));
        if (hasText(a.description())) {
            pdf.add(TaggedPdf.P, body(a.description()));
        }
        List<PlanDocument.Fact> facts = a.facts(labels);
        if (!facts.isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] {1.2f, 3});
            t.setWidthPercentage(100);
            t.setSpacingAfter(6);
            for (PlanDocument.Fact f : facts) {
                PdfPCell l = new PdfPCell(new Phrase(f.label(), fonts.bold(9)));
                PdfPCell v = new PdfPCell(new Phrase(f.value(), fonts.regular(9)));
                for (PdfPCell c : List.of(l, v)) {
                    c.setBorder(0);
                    c.setPadding(2);
                    t.addCell(c);
                }
            }
            pdf.add(TaggedPdf.TABLE, t);
        }
        if (!a.indicators().isEmpty()) {
            pdf.add(TaggedPdf.TABLE, table(a.indicatorTable(labels)));
        }
    }

    private PdfPTable table(PlanDocument.Table table) {
        PdfPTable t = new PdfPTable(table.widths());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingAfter(10);
        for (String h : table.headers()) {
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(9)));
            c.setBackgroundColor(HEADER_BG);
            c.setPadding(4);
            t.addCell(c);
        }
        for (List<String> row : table.rows()) {
            for (String v : row) {
                PdfPCell c = new PdfPCell(new Phrase(v, fonts.regular(9)));
                c.setPadding(4);
                t.addCell(c);
            }
        }
        return t;
    }

    private Paragraph empty() {
        return para(labels.get("award.pdf.empty"), fonts.regular(10, Color.GRAY), 8);
    }

    private Paragraph heading(String text) {
        Paragraph p = para(text, fonts.bold(14, CertificatePdf.ACCENT), 4);
        p.setSpacingBefore(10);
        return p;
    }

    private Paragraph body(String text) {
        return para(text, fonts.regular(10.5f), 8);
    }

    private Paragraph para(String text, Font font, float after) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingAfter(after);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }
}
