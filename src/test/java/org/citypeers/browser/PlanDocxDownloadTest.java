package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A coordinator downloads the city's plan as a Word document next to the PDF; Word-style headings and Lithuanian text. */
class PlanDocxDownloadTest extends BrowserTest {

    @Autowired ActionPlanRepository plans;
    @Autowired TransactionTemplate tx;

    @Test
    void a_coordinator_downloads_the_plan_as_docx_with_headings_tables_and_lithuanian_characters() throws Exception {
        Long planId = tx.execute(s -> plans.findAll().stream().filter(p -> p.getCity().getName().equals("Tauragė"))
                .map(ActionPlan::getId).findFirst().orElseThrow());
        loginAsDemo("coordinator@citypeers.eu");
        open("plans/" + planId);
        // the first plan page of a fresh server can take longer than an assertion's 5 s (recommendations warm up)
        page.locator("#plan-docx-download").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(page.locator("#plan-docx-download")).isVisible();
        assertThat(page.locator("#plan-docx-download")).containsText("DOCX");

        Download pdf = page.waitForDownload(() -> page.locator("#plan-pdf-download").click());
        Download docx = page.waitForDownload(() -> page.locator("#plan-docx-download").click());
        assertThat(docx.suggestedFilename()).endsWith(".docx")
                .isEqualTo(pdf.suggestedFilename().replaceFirst("\\.pdf$", ".docx"));

        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .singleElement().asString().contains("Tauragė");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .anyMatch(h -> h.startsWith("Stakeholders and ecosystem")).anyMatch(h -> h.startsWith("Actions"));
            XWPFTable stakeholders = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Stakeholder"))
                    .findFirst().orElseThrow();
            assertThat(stakeholders.getRow(0).isRepeatHeader()).isTrue();
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Tauragės kultūros centras");
            for (String ch : new String[] {"ė", "ū", "ų", "š", "ž"}) {
                assertThat(text).as("Lithuanian character " + ch).contains(ch);
            }
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Tauragė");
        }
    }
}
