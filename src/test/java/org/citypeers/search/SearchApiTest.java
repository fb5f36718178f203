package org.citypeers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.citypeers.IntegrationTest;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeData;
import org.citypeers.practice.PracticeService;
import org.citypeers.search.api.ApiRateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchApiTest extends IntegrationTest {

    @LocalServerPort int port;
    @Autowired PracticeService practices;
    @Autowired PracticeIndexer indexer;
    @Autowired ApiRateLimiter limiter;
    @Autowired UserDetailsService users;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void freshLimits() {
        limiter.reset();
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

    GoodPractice draft(String title, String summary) {
        return as("coordinator@citypeers.eu", () -> practices.create(new PracticeData(title, summary,
                "Volunteers and the library run it together.", null, null, null, null, null, null, "en",
                List.of("ageing"), List.of(), List.of(), List.of(), null, null, null, null, null, List.of(), 2024, null,
                List.of())));
    }

    GoodPractice published(String title, String summary) {
        GoodPractice d = draft(title, summary);
        GoodPractice s = as("coordinator@citypeers.eu", () -> practices.submit(d.getId(), d.getVersion()));
        GoodPractice v = as("expert@citypeers.eu", () -> practices.validate(s.getId(), s.getVersion()));
        return as("expert@citypeers.eu", () -> practices.publish(v.getId(), v.getVersion()));
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void a_published_practice_is_found_within_a_second_and_a_draft_never() throws Exception {
        String w = word();
        GoodPractice pub = published("Reading salon " + w, "Older people meet daily in the library " + w + ".");
        GoodPractice draft = draft("Secret draft " + w, "Not yet public " + w + ".");
        assertThat(indexer.awaitVisible(1000)).isTrue();

        JsonNode page = json.readTree(get("/api/practices?q=" + w).body());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(pub.getId());
        assertThat(page.path("items").get(0).path("why").path("snippets").get(0).asString()).contains("<mark>");
        assertThat(get("/api/practices/" + draft.getId()).statusCode()).isEqualTo(404);
        assertThat(get("/api/practices/" + pub.getId()).statusCode()).isEqualTo(200);
        assertThat(json.readTree(get("/api/match?text=" + enc("secret draft " + w)).body()).path("items").toString())
                .doesNotContain("Secret draft");
    }

    @Test
    void results_are_paged() throws Exception {
        String w = word();
        for (String t : List.of("Alpha", "Beta", "Gamma")) {
            published(t + " garden " + w, "Neighbours grow vegetables together " + w + ".");
        }
        assertThat(indexer.awaitVisible(1000)).isTrue();
        JsonNode first = json.readTree(get("/api/practices?size=2&page=0&sort=title&q=" + w).body());
        JsonNode second = json.readTree(get("/api/practices?size=2&page=1&sort=title&q=" + w).body());
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("pages").asInt()).isEqualTo(2);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("items").get(0).path("title").asString()).startsWith("Alpha");
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("title").asString()).startsWith("Gamma");
        assertThat(first.path("facets").path("country").path("LT").asLong()).isEqualTo(3);
    }

    @Test
    void a_lithuanian_challenge_is_matched_with_reasons() throws Exception {
        HttpResponse<String> r = get("/api/match?lang=lt&text=" + enc(
                "Mūsų mieste daugėja vienišų pagyvenusių žmonių, norime, kad biblioteka taptų susitikimų vieta senjorams."));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("language").asString()).isEqualTo("lt");
        assertThat(body.path("items").size()).isPositive();
        assertThat(body.path("items").get(0).path("why").path("concepts").size()).isPositive();
        // every explanation names its related concepts (shared with the best matches), possibly none
        body.path("items").forEach(item -> assertThat(item.path("why").path("related").isArray()).isTrue());
    }

    @Test
    void bad_input_gets_a_clear_json_message_and_never_a_stack_trace() throws Exception {
        for (String q : List.of("\"", "*", "AND(", "\\", "title:(a OR", "[* TO *]")) {
            HttpResponse<String> r = get("/api/practices?q=" + enc(q));
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(get("/api/match?text=" + enc(q)).statusCode()).as(q).isIn(200, 400);
        }
        HttpResponse<String> empty = get("/api/match?text=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).path("error").asString()).contains("empty");
        HttpResponse<String> lang = get("/api/match?text=housing&lang=xx");
        assertThat(lang.statusCode()).isEqualTo(400);
        assertThat(lang.body()).contains("Unsupported language");
        HttpResponse<String> page = get("/api/practices?page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("page").doesNotContain("Exception");
        HttpResponse<String> tooLong = get("/api/practices?q=" + "a".repeat(3000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("too long");
        HttpResponse<String> huge = get("/api/match?text=" + "a".repeat(100_000));
        assertThat(huge.statusCode()).isIn(400, 414, 431);
        assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(get("/api/practices/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/cities/999999999/recommendations").statusCode()).isEqualTo(404);
    }

    @Autowired org.citypeers.city.CityRepository cities;

    @Test
    void a_city_gets_recommendations_for_its_challenges_but_never_its_own_practices() throws Exception {
        String w = word();
        published("Seniors' salon " + w, "Lonely older people meet in the library every day " + w + ".");
        assertThat(indexer.awaitVisible(1000)).isTrue();
        long taurage = cities.findAll().stream().filter(c -> c.getName().equals("Tauragė")).findFirst().orElseThrow().getId();
        HttpResponse<String> r = get("/api/cities/" + taurage + "/recommendations");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("items").isArray()).isTrue();
        assertThat(body.path("items").toString()).doesNotContain(w);
        assertThat(body.path("peerCities").isArray()).isTrue();
    }

    @Test
    void a_client_over_the_rate_limit_gets_429_with_retry_after() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i <= 2 * limiter.perMinute() && (last == null || last.statusCode() != 429); i++) {
            last = get("/api/practices/999999999");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Too many requests");
        limiter.reset();
        assertThat(get("/api/practices/999999999").statusCode()).isEqualTo(404);
    }
}
