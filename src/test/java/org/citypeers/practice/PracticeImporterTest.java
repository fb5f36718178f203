package org.citypeers.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class PracticeImporterTest extends IntegrationTest {

    @Autowired PracticeImporter importer;
    @Autowired PracticeExporter exporter;
    @Autowired PracticeService practices;
    @Autowired UserDetailsService users;
    Actors actors;
    String run;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private String entry(String id, String title) {
        return """
            {"id": "%s", "title": "%s", "summary": "Residents of all ages restore an empty mill as a culture house.",
             "city": "Kranj", "country": "SI", "language": "en", "themes": ["Abandoned spaces", "Starzenie się", "Street food"],
             "population": 55000, "programme": "URBACT", "year": 2017, "url": "https://example.org/mill"}
            """.formatted(id, title);
    }

    private String file(String... entries) {
        return "{\"practices\": [" + String.join(",", entries) + "]}";
    }

    private ImportResult importAs(String email, String name, String content) {
        return importAs(email, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult importAs(String email, String name, byte[] content) {
        List<Integer> progress = new ArrayList<>();
        return actors.as(email, () -> importer.importBytes(name, content, (d, t) -> progress.add(d)));
    }

    private PracticeSnapshot byExternalId(String id) {
        List<PracticeSnapshot> found = new ArrayList<>();
        practices.streamAllForIndex(s -> {
            if (id.equals(s.externalId())) {
                found.add(s);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void a_good_file_is_imported_published_with_themes_mapped_to_the_taxonomy() {
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file(entry(run + "-1", "Old mill " + run), entry(run + "-2", "Second " + run)));
        assertThat(r.ok()).as(r.describe()).isTrue();
        assertThat(r.created()).isEqualTo(2);
        PracticeSnapshot s = byExternalId(run + "-1");
        assertThat(s.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(s.themes()).containsExactlyInAnyOrder("vacant-spaces-adaptive-reuse", "ageing");
        assertThat(s.tags()).containsExactly("Street food");
        assertThat(s.cityName()).isEqualTo("Kranj");
        assertThat(s.population()).isEqualTo(55000);
        assertThat(s.programmeShortName()).isEqualTo("URBACT");
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_a_changed_entry_updates_the_same_practice() {
        String f = file(entry(run + "-a", "Mill " + run));
        assertThat(importAs("manager@citypeers.eu", "p.json", f).created()).isEqualTo(1);
        long id = byExternalId(run + "-a").id();
        ImportResult again = importAs("manager@citypeers.eu", "p.json", f);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated()).isZero();
        ImportResult changed = importAs("manager@citypeers.eu", "p.json", file(entry(run + "-a", "Renamed mill " + run)));
        assertThat(changed.updated()).isEqualTo(1);
        PracticeSnapshot s = byExternalId(run + "-a");
        assertThat(s.id()).isEqualTo(id);
        assertThat(s.title()).isEqualTo("Renamed mill " + run);
        assertThat(actors.as(null, () -> practices.history(id))).hasSize(2);
    }

    @Test
    void one_bad_entry_imports_nothing_and_the_report_names_the_entry_and_the_field() {
        String bad = "{\"id\": \"" + run + "-bad\", \"title\": \"No summary\", \"city\": \"Kranj\", \"country\": \"SI\"}";
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file(entry(run + "-ok", "Fine " + run), bad));
        assertThat(r.ok()).isFalse();
        assertThat(r.entryErrors()).hasSize(1);
        assertThat(r.entryErrors().get(0).position()).isEqualTo(2);
        assertThat(r.entryErrors().get(0).messages()).containsExactly("summary: is required");
        assertThat(byExternalId(run + "-ok")).as("all or nothing").isNull();
    }

    @Test
    void wrong_types_are_reported_per_field() {
        String bad = """
            {"id": "%s", "title": 42, "summary": ["a"], "city": "Kranj", "country": "SI", "population": "many",
             "themes": 7, "year": 2017.5, "language": "xx"}""".formatted(run + "-types");
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file(bad));
        assertThat(r.ok()).isFalse();
        assertThat(String.join("\n", r.entryErrors().get(0).messages())).contains("title: must be text, got a number",
                "summary: must be text, got a list", "population: must be a whole number", "themes: must be a list of texts",
                "year: must be a whole number", "language: 'xx' is not an ISO 639-1 language code");
    }

    @Test
    void missing_required_fields_and_bad_structure_are_reported() {
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file("{}", "\"just text\""));
        assertThat(r.entryErrors()).hasSize(2);
        assertThat(r.entryErrors().get(0).messages()).contains("id: is required", "title: is required", "summary: is required",
                "city: is required", "country: is required");
        assertThat(r.entryErrors().get(1).messages()).containsExactly("an entry must be a JSON object");
        assertThat(importAs("admin@citypeers.eu", "p.json", "{\"items\": []}").fileError()).contains("\"practices\" array");
        assertThat(importAs("admin@citypeers.eu", "p.json", "{\"practices\": [ {\"id\": ").fileError()).startsWith("The file is not valid JSON");
        assertThat(importAs("admin@citypeers.eu", "p.json", "").fileError()).isEqualTo("The file is empty.");
    }

    @Test
    void duplicated_ids_within_the_file_are_refused() {
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file(entry(run + "-d", "One"), entry(run + "-d", "Two")));
        assertThat(r.ok()).isFalse();
        assertThat(r.entryErrors().get(0).toString()).contains("entry 2", "appears more than once", "also entry 1");
        assertThat(byExternalId(run + "-d")).isNull();
    }

    @Test
    void invalid_utf8_is_refused_with_the_position_of_the_bad_byte() {
        byte[] good = file(entry(run + "-u", "Café")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = new String(good, StandardCharsets.UTF_8).indexOf("Café") + 3;
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        ImportResult r = importAs("admin@citypeers.eu", "p.json", bad);
        assertThat(r.fileError()).contains("not valid UTF-8", "offset " + at);
        assertThat(byExternalId(run + "-u")).isNull();
    }

    @Test
    void a_50_mb_file_is_refused_before_parsing() {
        long size = 50L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < size ? ' ' : -1;
            }
        };
        ImportResult r = actors.as("admin@citypeers.eu", () -> importer.importFile("huge.json", huge, (d, t) -> { }));
        assertThat(r.fileError()).contains("larger than 20 MB");
    }

    @Test
    void html_and_script_in_every_text_field_are_stripped_to_plain_text() {
        String evil = """
            {"id": "%s", "title": "<script>alert(1)</script>Mill <b>café</b>", "summary": "<img src=x onerror=alert(1)>Sum &amp; more",
             "description": "<iframe src='javascript:alert(1)'></iframe>Desc <a href='javascript:x'>link</a>",
             "city": "<svg onload=alert(1)>Kranj", "country": "SI", "language": "en", "themes": ["<b>Housing</b>"],
             "programme": "<style>body{}</style>URBACT", "url": "https://example.org/x",
             "targetGroups": ["<script>x</script>youth"], "results": "<p onclick='x'>Results</p>"}""".formatted(run + "-x");
        ImportResult r = importAs("admin@citypeers.eu", "p.json", file(evil));
        assertThat(r.ok()).as(r.describe()).isTrue();
        PracticeSnapshot s = byExternalId(run + "-x");
        assertThat(s.title()).isEqualTo("Mill café");
        assertThat(s.summary()).isEqualTo("Sum & more");
        assertThat(s.description()).isEqualTo("Desc link");
        assertThat(s.cityName()).isEqualTo("Kranj");
        assertThat(s.programmeShortName()).isEqualTo("URBACT");
        assertThat(s.themes()).containsExactly("housing");
        assertThat(s.targetGroups()).containsExactly("youth");
        assertThat(s.results()).isEqualTo("Results");
    }

    @Test
    void a_csv_file_with_the_same_columns_is_imported() {
        String csv = "id,title,summary,city,country,language,themes,population\n"
                + run + "-c1,\"Youth, music and a bus\",'=Summary with a quoted formula sign,Viljandi,EE,,Youth; Noortekultuur,17000\n";
        ImportResult r = importAs("admin@citypeers.eu", "p.csv", csv);
        assertThat(r.ok()).as(r.describe()).isTrue();
        PracticeSnapshot s = byExternalId(run + "-c1");
        assertThat(s.title()).isEqualTo("Youth, music and a bus");
        assertThat(s.summary()).isEqualTo("=Summary with a quoted formula sign");
        assertThat(s.themes()).contains("youth");
        assertThat(s.cityId()).as("linked to the demo city").isNotNull();
        assertThat(s.language()).as("detected").isEqualTo("en");
    }

    @Test
    void coordinators_and_visitors_may_not_import() {
        assertThatThrownBy(() -> importAs("coordinator@citypeers.eu", "p.json", file(entry(run + "-n", "No"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importAs(null, "p.json", file(entry(run + "-n", "No"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_export_of_published_practices_can_be_imported_again_unchanged() throws Exception {
        importAs("admin@citypeers.eu", "p.json", file(entry(run + "-e", "Exported " + run),
                entry(run + "-draft", "Draft " + run).replace("\"language\"", "\"status\": \"DRAFT\", \"language\"")));
        long published = byExternalId(run + "-e").id();
        long draft = byExternalId(run + "-draft").id();
        for (PracticeExporter.Format f : PracticeExporter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(List.of(published, draft), f, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("Exported " + run).doesNotContain("Draft " + run);
            ImportResult again = importAs("admin@citypeers.eu", "export" + f.extension, text);
            assertThat(again.ok()).as(f + ": " + again.describe()).isTrue();
            assertThat(again.unchanged()).as(f.name()).isEqualTo(1);
        }
    }

    @Test
    void an_export_keeps_budget_staff_contact_links_and_adaptations_in_both_formats() throws Exception {
        String full = """
            {"id": "%s-full", "title": "Full %s", "summary": "Residents restore an empty mill as a culture house.",
             "city": "Kranj", "country": "SI", "language": "en", "themes": ["Abandoned spaces"],
             "targetGroups": ["older residents", "students"], "stakeholders": ["library", "seniors' club"],
             "budgetRange": "FROM_10K_TO_50K", "staff": "two part-time coordinators", "contact": "mill@example.org",
             "links": ["https://example.org/a", "https://example.org/b"], "results": "300 visitors a month",
             "transferability": "Any town with an empty building",
             "adaptations": [{"city": "Viljandi", "country": "EE", "how": "Used a former \\"school\\", with youth", "year": 2021}]}
            """.formatted(run, run);
        ImportResult first = importAs("admin@citypeers.eu", "p.json", file(full));
        assertThat(first.ok()).as(first.describe()).isTrue();
        long id = byExternalId(run + "-full").id();
        for (PracticeExporter.Format f : PracticeExporter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(List.of(id), f, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(f.name()).contains("FROM_10K_TO_50K", "two part-time coordinators", "mill@example.org",
                    "https://example.org/b", "Viljandi", "Used a former", "2021", "older residents");
            ImportResult again = importAs("admin@citypeers.eu", "export" + f.extension, text);
            assertThat(again.ok()).as(f + ": " + again.describe()).isTrue();
            assertThat(again.unchanged()).as(f + ": nothing lost on the way back").isEqualTo(1);
        }
    }

    @Test
    void the_demo_library_has_24_published_practices_and_two_waiting_for_validation() {
        assertThat(practices.publishedIds()).hasSizeGreaterThanOrEqualTo(24);
        PracticeSnapshot taurage = byExternalId("demo-submitted-taurage");
        assertThat(taurage.status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(taurage.cityId()).isNotNull();
        assertThat(taurage.themes()).contains("ageing", "intangible-heritage", "youth");
        assertThat(byExternalId("demo-001").cityId()).as("Gdańsk is a demo city").isNotNull();
    }
}
