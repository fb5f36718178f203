package org.citypeers.award.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.LocalDate;
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
        pdf.add(TaggedPdf.P, para(join(" · ", plan.cityName(), plan.countryName(), plan.programmeName()), fonts.regular(11), 2));
        String state = join(" · ", plan.status(), plan.version() == null ? null : labels.get("award.pdf.version", plan.version()));
        if (!state.isEmpty()) {
            pdf.add(TaggedPdf.P, para(state, fonts.regular(9, Color.DARK_GRAY), 12));
        }
        if (notBlank(plan.englishSummary())) {
            pdf.add(TaggedPdf.H2, heading(labels.get("award.pdf.summary")));
            pdf.add(TaggedPdf.P, body(plan.englishSummary()));
        }
        for (PlanDocument.Section s : plan.sections()) {
            String title = s.completeness() == null ? s.title() : s.title() + " (" + labels.get("award.pdf.complete", s.completeness()) + ")";
            pdf.add(TaggedPdf.H2, heading(title));
            pdf.add(TaggedPdf.P, notBlank(s.text()) ? body(s.text()) : para(labels.get("award.pdf.empty"), fonts.regular(10, Color.GRAY), 8));
        }
        if (plan.questionnaire() != null) {
            PlanDocument.Questionnaire q = plan.questionnaire();
            pdf.add(TaggedPdf.H2, heading(notBlank(q.name()) ? q.name() : labels.get("award.pdf.questionnaire")));
            if (notBlank(q.score())) {
                pdf.add(TaggedPdf.P, para(labels.get("award.pdf.questionnaireScore", q.score()), fonts.bold(11), 6));
            }
            if (!q.answers().isEmpty()) {
                PdfPTable t = table(new float[] {3, 1}, labels.get("award.pdf.question"), labels.get("award.pdf.answer"));
                q.answers().forEach(a -> row(t, a.question(), a.answer()));
                pdf.add(TaggedPdf.TABLE, t);
            }
        }
        if (!plan.stakeholders().isEmpty()) {
            pdf.add(TaggedPdf.H2, heading(labels.get("award.pdf.stakeholders")));
            PdfPTable t = table(new float[] {3, 3, 1.3f, 1.3f}, labels.get("award.pdf.stakeholder"), labels.get("award.pdf.role"),
                    labels.get("award.pdf.influence"), labels.get("award.pdf.interest"));
            plan.stakeholders().forEach(s -> row(t, s.name(), s.role(), s.influence(), s.interest()));
            pdf.add(TaggedPdf.TABLE, t);
        }
        if (!plan.actions().isEmpty()) {
            pdf.add(TaggedPdf.H2, heading(labels.get("award.pdf.actions")));
            int n = 1;
            for (PlanDocument.Action a : plan.actions()) {
                action(pdf, n++, a);
            }
        }
        return pdf.finish();
    }

    private void action(TaggedPdf pdf, int n, PlanDocument.Action a) {
        pdf.add(TaggedPdf.H3, para(n + ". " + a.title(), fonts.bold(12), 4));
        if (notBlank(a.description())) {
            pdf.add(TaggedPdf.P, body(a.description()));
        }
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3});
        facts.setWidthPercentage(100);
        fact(facts, labels.get("award.pdf.objective"), a.objective());
        fact(facts, labels.get("award.pdf.lead"), a.lead());
        fact(facts, labels.get("award.pdf.partners"), a.partners());
        fact(facts, labels.get("award.pdf.period"), period(a.start(), a.end()));
        fact(facts, labels.get("award.pdf.budget"), join(" · ", a.budget(), a.fundingSource()));
        fact(facts, labels.get("award.pdf.practices"), String.join("; ", a.adaptedPractices()));
        if (facts.getRows().size() > 0) {
            facts.setSpacingAfter(6);
            pdf.add(TaggedPdf.TABLE, facts);
        }
        if (!a.indicators().isEmpty()) {
            PdfPTable t = table(new float[] {3, 1.5f, 1.5f}, labels.get("award.pdf.indicator"), labels.get("award.pdf.baseline"),
                    labels.get("award.pdf.target"));
            a.indicators().forEach(i -> row(t, i.name(), i.baseline(), i.target()));
            pdf.add(TaggedPdf.TABLE, t);
        }
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingAfter(10);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(9)));
            c.setBackgroundColor(HEADER_BG);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    private void row(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v, fonts.regular(9)));
            c.setPadding(4);
            t.addCell(c);
        }
    }

    private void fact(PdfPTable t, String label, String value) {
        if (!notBlank(value)) {
            return;
        }
        PdfPCell l = new PdfPCell(new Phrase(label, fonts.bold(9)));
        PdfPCell v = new PdfPCell(new Phrase(value, fonts.regular(9)));
        for (PdfPCell c : List.of(l, v)) {
            c.setBorder(0);
            c.setPadding(2);
            t.addCell(c);
        }
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

    private static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "…" : start.toString()) + " – " + (end == null ? "…" : end.toString());
    }

    private static String join(String sep, String... parts) {
        return String.join(sep, java.util.Arrays.stream(parts).filter(PlanPdf::notBlank).toList());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
