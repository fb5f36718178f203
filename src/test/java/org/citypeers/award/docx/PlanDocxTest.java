package org.citypeers.award.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.citypeers.award.pdf.Labels;
import org.citypeers.award.pdf.PlanDocument;
import org.citypeers.base.ui.BundleI18NProvider;
import org.junit.jupiter.api.Test;

/** The Word rendering on its own: what the city typed survives (paragraphs, odd characters), gaps say so. */
class PlanDocxTest {

    static final Labels ENGLISH = (key, args) -> new BundleI18NProvider().getTranslation(key, Locale.ENGLISH, args);

    static XWPFDocument render(PlanDocument plan) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(PlanDocx.render(plan, ENGLISH)));
    }

    @Test
    void paragraphs_and_line_breaks_are_kept_and_control_characters_dropped() throws Exception {
        PlanDocument plan = new PlanDocument("Võru kultuuriplaan", "Võru", "Estonia", "LIKE", "et", "Draft", null,
                "Võru brings its Seto and Võro heritage to young people.", List.of(new PlanDocument.Section("Context",
                "Esimene lõik.\u0007\nTeine rida.\r\n\r\nTeine lõik: Pärnu, Tööjõud, Übung.", 40)));
        try (XWPFDocument doc = render(plan)) {
            List<String> body = doc.getParagraphs().stream().filter(p -> p.getStyle() == null).map(XWPFParagraph::getText).toList();
            assertThat(body).contains("Esimene lõik.\nTeine rida.", "Teine lõik: Pärnu, Tööjõud, Übung.");
            XWPFParagraph summary = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Võru brings")).findFirst().orElseThrow();
            assertThat(summary.getRuns().getFirst().getLang()).as("the English summary is marked English").isEqualTo("en");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("Summary in English", "Context (40 % complete)");
        }
    }

    @Test
    void empty_parts_keep_their_heading_and_say_not_written_yet_and_tables_never_touch() throws Exception {
        PlanDocument.Action action = new PlanDocument.Action("Seto leelo koor", null, null, "Võru Kultuurimaja", null, null,
                null, null, null, List.of(new PlanDocument.Indicator("Lauljad", "5", "40")), List.of());
        PlanDocument plan = new PlanDocument("Võru kultuuriplaan", "Võru", "Estonia", "LIKE", "et", "Draft", 3, null,
                List.of(new PlanDocument.Stakeholders("Stakeholders and ecosystem", List.of()),
                        new PlanDocument.Actions("Actions", List.of(action))));
        try (XWPFDocument doc = render(plan)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Draft · version 3")
                    .containsSubsequence("Stakeholders and ecosystem", "Not written yet.", "Actions");
            List<BodyElementType> types = doc.getBodyElements().stream().map(IBodyElement::getElementType).toList();
            for (int i = 1; i < types.size(); i++) {
                assertThat(types.get(i) == BodyElementType.TABLE && types.get(i - 1) == BodyElementType.TABLE)
                        .as("two tables in a row would merge in Word").isFalse();
            }
            assertThat(doc.getTables()).hasSize(2);
        }
    }
}
