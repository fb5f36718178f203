package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.citypeers.IntegrationTest;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.Indicator;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTestSupport;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Word export of a Lithuanian plan, read back with POI: real headings in the template's order, the
 * cities' characters, the tables with header rows, language and author; and only the plan's readers get it.
 */
class PlanDocxExportTest extends IntegrationTest {

    static final String DIACRITICS = "ą ę ł ś ż ė ų š ž č ā ē ī ō õ ä ö ü";

    @Autowired PlanExportService export;
    @Autowired PlanService plans;
    @Autowired PlanTestSupport support;

    Long planId;

    @BeforeEach
    void aTauragePlanWithEveryPart() {
        ActionPlan plan = support.newTauragePlan();
        planId = plan.getId();
        support.as("coordinator@citypeers.eu", () -> {
            for (PlanSection s : plans.sections(planId)) {
                SectionContent c = switch (s.getKind()) {
                    case SUMMARY -> SectionContent.ofText("Tauragė turns its empty mill into a workshop for young people.");
                    case CONTEXT -> SectionContent.ofText("Tauragė – mažas miestas; jaunų šeimų čia mažėja, žmonės išvyksta.\n\n"
                            + "Kaimynai: Kuldīgas vecpilsēta, Võru, Pärnu; Słupsk, gdzie ośrodek kultury łączy się z różnymi "
                            + "środowiskami.\nVisi ženklai: " + DIACRITICS);
                    case CHALLENGES -> new SectionContent("Jaunimas išvyksta.", List.of("youth"), List.of(), Map.of());
                    case QUESTIONNAIRE -> {
                        Map<Long, Integer> answers = new HashMap<>();
                        plans.templateOf(planId).getQuestions().forEach(q -> answers.put(q.getId(), 3));
                        yield new SectionContent(null, List.of(), List.of(), answers);
                    }
                    case STAKEHOLDERS -> new SectionContent(null, List.of(), List.of(
                            new Stakeholder("Jaunimo taryba", "Bendrakūrėjai", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                            new Stakeholder("Muzeum Pomorza Środkowego w Słupsku", "Partneris", Stakeholder.Level.LOW,
                                    Stakeholder.Level.HIGH)), Map.of());
                    case VISION -> SectionContent.ofText("Gyvas kultūros centras visiems gyventojams.");
                    default -> null; // actions below; risks and monitoring stay empty
                };
                if (c != null) {
                    plans.saveSection(planId, s.getKind(), s.getVersion(), c);
                }
            }
            PlanAction a = plans.addAction(planId, new ActionData("Kultūros dirbtuvės senajame malūne",
                    "Apleistas pastatas tampa jaunimo kūrybinėmis dirbtuvėmis.", "Sulaikyti jaunimą",
                    "Tauragės kultūros centras", "Słupsk, Kuldīga", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30),
                    45_000L, "Interreg BSR", List.of(new Indicator("Dalyvių skaičius per metus", "120", "600")), List.of()));
            plans.linkPractice(a.getId(), 1L, "Viljandi: pärimusmuusika õpikoda", "Mokomės iš Viljandi");
        });
    }

    XWPFDocument docx(String email) {
        byte[] bytes = support.as(email, () -> export.docx(planId, PlanExportAndCandidatesTest.ENGLISH, Locale.ENGLISH));
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new AssertionError("not a DOCX POI can open", e);
        }
    }

    static List<String> paragraphs(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    static XWPFTable tableHeaded(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    @Test
    void the_coordinator_gets_a_word_document_with_real_headings_in_the_templates_order() throws Exception {
        try (XWPFDocument doc = docx("coordinator@citypeers.eu")) {
            String title = support.as("coordinator@citypeers.eu", () -> plans.get(planId).displayName());
            assertThat(paragraphs(doc, "Heading1")).containsExactly(title);
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            List<String> h2 = paragraphs(doc, "Heading2");
            List<String> expected = List.of("Summary in English", "Context and baseline", "Challenges", "Self-assessment",
                    "Vision and objectives", "Stakeholders and ecosystem", "Actions", "Risks", "Monitoring");
            assertThat(h2).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(h2.get(i)).as("heading " + (i + 1)).startsWith(expected.get(i));
            }
            assertThat(paragraphs(doc, "Heading3")).containsExactly("1. Kultūros dirbtuvės senajame malūne");

            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Tauragė · Lithuania · Baltic Sea Region Cultural Pearls").contains("Draft")
                    .contains("Themes: youth").contains("Score: ").contains("Not written yet.");
            for (String ch : DIACRITICS.split(" ")) {
                assertThat(text).as("character " + ch).contains(ch);
            }

            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Tauragė");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).contains("lt");
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("lt");
        }
    }

    @Test
    void the_actions_stakeholders_and_questionnaire_are_tables_with_header_rows() throws Exception {
        try (XWPFDocument doc = docx("coordinator@citypeers.eu")) {
            XWPFTable indicators = tableHeaded(doc, "Indicator");
            assertThat(cells(indicators, 0)).containsExactly("Indicator", "Baseline", "Target");
            assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(indicators, 1)).containsExactly("Dalyvių skaičius per metus", "120", "600");

            XWPFTable facts = tableHeaded(doc, "Objective");
            assertThat(facts.getRows().stream().map(r -> r.getCell(0).getText() + " = " + r.getCell(1).getText()).toList())
                    .contains("Lead = Tauragės kultūros centras", "Partners = Słupsk, Kuldīga",
                            "Period = 2027-01-01 – 2028-06-30", "Budget and funding = 45 000 EUR · Interreg BSR",
                            "Adapts good practices = Viljandi: pärimusmuusika õpikoda: Mokomės iš Viljandi");

            XWPFTable stakeholders = tableHeaded(doc, "Stakeholder");
            assertThat(cells(stakeholders, 0)).containsExactly("Stakeholder", "Role", "Influence", "Interest");
            assertThat(stakeholders.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(stakeholders, 2)).containsExactly("Muzeum Pomorza Środkowego w Słupsku", "Partneris", "low", "high");

            XWPFTable questionnaire = tableHeaded(doc, "Question");
            assertThat(questionnaire.getRows()).hasSize(1 + 6);
            assertThat(cells(questionnaire, 1).get(1)).isEqualTo("3 / 5");
            assertThat(questionnaire.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo("Self-assessment");
        }
    }

    @Test
    void the_citys_other_coordinator_the_programme_manager_and_an_admin_may_export_it() throws Exception {
        for (String reader : List.of("coordinator2@citypeers.eu", "manager@citypeers.eu", "admin@citypeers.eu")) {
            try (XWPFDocument doc = docx(reader)) {
                assertThat(paragraphs(doc, "Heading3")).as(reader).hasSize(1);
            }
        }
    }

    @Test
    void nobody_else_gets_the_word_document() {
        // another city's coordinator, an expert not assigned to the plan, an anonymous visitor
        for (String outsider : new String[] {"lublin@citypeers.eu", "expert@citypeers.eu", null}) {
            assertThatThrownBy(() -> support.as(outsider, () -> export.docx(planId, PlanExportAndCandidatesTest.ENGLISH,
                    Locale.ENGLISH))).as(String.valueOf(outsider)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
