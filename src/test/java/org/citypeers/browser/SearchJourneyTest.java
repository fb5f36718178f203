package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.browser.pages.PracticePage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching through a real browser: a challenge typed in Lithuanian finds practices written in other
 * languages, each card saying why it matched. (The library search itself is walked in {@link PracticeJourneyTest}.)
 */
class SearchJourneyTest extends BrowserTest {

    /** The content languages other than Lithuanian, as the cards of an English screen name them. */
    static final List<String> OTHER_LANGUAGES = List.of("English", "Polish", "German", "Latvian", "Estonian", "Slovenian", "Swedish",
            "Finnish", "Danish");

    /** The English labels of the theme taxonomy. */
    static Set<String> englishThemeLabels() {
        try (InputStream in = SearchJourneyTest.class.getResourceAsStream("/taxonomy/themes.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Set<String> labels = new HashSet<>();
            (root.isArray() ? root : root.get("themes")).forEach(t -> labels.add(t.get("labels").get("en").asString()));
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_coordinator_describes_a_challenge_in_lithuanian_and_opens_a_practice_written_in_another_language() {
        loginAsDemo("coordinator@citypeers.eu");
        open("practices/match");
        page.locator("#match-text textarea").fill("Mūsų mieste kultūros renginiai vyksta tik centre, o atokių rajonų "
                + "gyventojai, ypač jaunimas ir senjorai, prie kultūros neprieina. Ieškome būdų, kaip kultūrą "
                + "priartinti prie bendruomenių ir stiprinti jų atsparumą.");
        page.locator("#match-find").click();
        assertThat(page.locator("#match-info")).containsText("Lithuanian");
        Locator cards = page.locator("#match-results .cp-hit");
        assertThat(cards.first()).isVisible();

        // the best practice not written in Lithuanian ...
        Locator foreign = cards.filter(new Locator.FilterOptions().setHasNotText("Lithuanian")).first();
        String meta = foreign.locator(".cp-muted").first().textContent();
        String language = OTHER_LANGUAGES.stream().filter(meta::contains).findFirst().orElse(null);
        assertThat(language).as("the card names the practice's language: %s", meta).isNotNull();

        // ... says on its card why it matched: concepts shared with the Lithuanian text, as badges in the reader's language
        Locator why = foreign.locator("[data-testid=why]");
        assertThat(why).isVisible();
        assertThat(why).containsText("Why it matched:");
        assertThat(why).not().containsText("Similar wording only");
        Locator theme = why.locator("[theme~=badge][theme~=success]").first();
        assertThat(theme).isVisible();
        assertThat(englishThemeLabels()).as("a matched theme, named in the reader's language (the UI is English)")
                .contains(theme.textContent().strip());

        // the coordinator opens it: the practice's own page, in its own language
        String title = foreign.locator("a.cp-hit-title").textContent().strip();
        foreign.locator("a.cp-hit-title").click();
        page.waitForURL(u -> u.matches(".*/practices/\\d+$"));
        PracticePage practice = new PracticePage(page);
        assertThat(practice.title()).hasText(title);
        assertThat(page.locator("#practice-details")).containsText(language);
    }
}
