package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.UUID;
import org.citypeers.award.Award;
import org.citypeers.award.AwardRepository;
import org.citypeers.award.AwardTestData;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.programme.ProgrammeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public award pages in a real browser, as an anonymous visitor. */
class AwardPublicPageTest extends BrowserTest {

    @Autowired AwardRepository awards;
    @Autowired CityRepository cities;
    @Autowired ProgrammeRepository programmes;

    @Test
    void an_anonymous_visitor_sees_awarded_cities_not_revoked_ones_and_prints_the_certificate() throws Exception {
        Long pearls = programmes.findByShortNameIgnoreCase("BSR Cultural Pearls").orElseThrow().getId();
        City kuldiga = cities.findFirstByNameIgnoreCaseAndCountry("Kuldīga", "LV").orElseThrow();
        City slupsk = cities.findFirstByNameIgnoreCaseAndCountry("Słupsk", "PL").orElseThrow();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Award shown = AwardTestData.store(awards, pearls, kuldiga, 800_001, Award.Status.AWARDED,
                "Kuldīga keeps its old town alive " + marker, "Wooden houses restored with their residents.");
        Award revoked = AwardTestData.store(awards, pearls, slupsk, 800_002, Award.Status.REVOKED,
                "Słupsk revoked " + marker, "Not to be shown.");

        open("awards");
        assertThat(page.locator("#awards-title")).isVisible();
        assertThat(page.locator("#award-" + shown.getId())).containsText("Kuldīga");
        assertThat(page.locator("#award-" + shown.getId())).containsText("BSR Cultural Pearl 2027");
        assertThat(page.locator("#award-" + shown.getId())).containsText("Kuldīga keeps its old town alive " + marker);
        assertThat(page.locator("#award-" + shown.getId())).containsText("Wooden houses restored with their residents.");
        assertThat(page.locator("#award-" + revoked.getId())).hasCount(0);
        assertThat(page.locator("text=Słupsk revoked " + marker)).hasCount(0);

        page.locator("#award-details-" + shown.getId()).click();
        assertThat(page.locator("#award-city")).hasText("Kuldīga");
        Download download = page.waitForDownload(() -> page.locator("#award-certificate").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(text).contains("BSR Cultural Pearl 2027").contains("Kuldīga").contains(marker);

        // a revoked award's page is not found, even by its address
        open("awards/" + revoked.getId());
        assertThat(page.locator("#award-city")).hasCount(0);
        assertThat(page.locator("body")).containsText("Page not found");
    }
}
