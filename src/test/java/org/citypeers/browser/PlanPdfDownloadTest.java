package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A coordinator downloads the city's plan as PDF from the plan page; the Lithuanian text comes out right. */
class PlanPdfDownloadTest extends BrowserTest {

    @Autowired ActionPlanRepository plans;
    @Autowired TransactionTemplate tx;

    @Test
    void a_coordinator_downloads_the_plan_as_pdf_with_its_lithuanian_characters() throws Exception {
        Long planId = tx.execute(s -> plans.findAll().stream().filter(p -> p.getCity().getName().equals("Tauragė"))
                .map(ActionPlan::getId).findFirst().orElseThrow());
        loginAsDemo("coordinator@citypeers.eu");
        open("plans/" + planId);
        assertThat(page.locator("#plan-pdf-download")).isVisible();
        Download download = page.waitForDownload(() -> page.locator("#plan-pdf-download").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(i)).append(' ');
        }
        reader.close();
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("Tauragė").contains("Tauragės kultūros centras").contains("Stakeholders and ecosystem");
        for (String ch : new String[] {"ė", "ū", "ų", "š", "ž"}) {
            assertThat(all).as("Lithuanian character " + ch).contains(ch);
        }
    }
}
