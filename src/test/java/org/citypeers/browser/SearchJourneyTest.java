package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeData;
import org.citypeers.practice.PracticeService;
import org.citypeers.search.PracticeIndexer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The library and the matching through a real browser. */
class SearchJourneyTest extends BrowserTest {

    @Autowired PracticeService practices;
    @Autowired PracticeIndexer indexer;
    @Autowired UserDetailsService users;

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
        assertThat(cards.first().locator("[data-testid=why]")).containsText("Why it matched");
        // a practice not written in Lithuanian, with its reasons
        Locator foreign = cards.filter(new Locator.FilterOptions().setHasNotText("Lithuanian")).first();
        assertThat(foreign.locator("[data-testid=why] [theme~=badge]").first()).isVisible();
        String title = foreign.locator("a.cp-hit-title").textContent();
        foreign.locator("a.cp-hit-title").click();
        page.waitForURL(u -> u.matches(".*/practices/\\d+$"));
        assertThat(page.locator("h1").first()).containsText(title.substring(0, Math.min(20, title.length())));
    }

    @Test
    void an_anonymous_visitor_finds_a_practice_right_after_an_expert_published_it() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        GoodPractice d = as("coordinator@citypeers.eu", () -> practices.create(PracticeData.minimal(
                "Pop-up library " + word, "Volunteers open a pop-up library in empty shops " + word + ".",
                null, null, null)));
        GoodPractice s = as("coordinator@citypeers.eu", () -> practices.submit(d.getId(), d.getVersion()));
        open("practices?q=" + word);
        assertThat(page.locator("#library-empty")).isVisible();
        GoodPractice v = as("expert@citypeers.eu", () -> practices.validate(s.getId(), s.getVersion()));
        as("expert@citypeers.eu", () -> practices.publish(v.getId(), v.getVersion()));
        indexer.awaitVisible(1000);
        open("practices?q=" + word);
        assertThat(page.locator("#hit-" + d.getId())).isVisible();
        assertThat(page.locator("#hit-" + d.getId() + " mark").first()).containsText(word);
    }

    <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        try {
            var ctx = SecurityContextHolder.createEmptyContext();
            UserDetails u = users.loadUserByUsername(email);
            ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, u.getPassword(), u.getAuthorities()));
            SecurityContextHolder.setContext(ctx);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
