package org.citypeers.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.practice.PracticeImporter;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.PracticeSnapshot;
import org.citypeers.practice.PracticeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class StartupImportTest extends IntegrationTest {

    @Autowired PracticeImporter importer;
    @Autowired PracticeService practices;
    @TempDir Path dir;

    private List<PracticeSnapshot> withPrefix(String prefix) {
        List<PracticeSnapshot> out = new ArrayList<>();
        practices.streamAllForIndex(s -> {
            if (s.externalId() != null && s.externalId().startsWith(prefix)) {
                out.add(s);
            }
        });
        return out;
    }

    private String entry(String id) {
        return "{\"id\": \"" + id + "\", \"title\": \"Start-up " + id + "\", \"summary\": \"Imported when the app starts.\","
                + " \"city\": \"Tartu\", \"country\": \"EE\", \"language\": \"en\"}";
    }

    @Test
    void the_file_named_by_citypeers_import_is_imported_as_the_system_without_anyone_signed_in() throws Exception {
        String run = "boot-" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.writeString(dir.resolve("practices.json"), "{\"practices\": [" + entry(run + "-1") + "," + entry(run + "-2") + "]}");
        new StartupImport(importer, file.toString()).afterSingletonsInstantiated();
        assertThat(withPrefix(run)).hasSize(2).allMatch(s -> s.status() == PracticeStatus.PUBLISHED);
    }

    @Test
    void a_failing_start_up_file_imports_nothing_and_does_not_stop_the_application() throws Exception {
        String run = "bootfail-" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"practices\": [" + entry(run + "-1") + ", {\"id\": \"" + run + "-2\"}]}");
        new StartupImport(importer, file.toString()).afterSingletonsInstantiated();
        new StartupImport(importer, dir.resolve("missing.json").toString()).afterSingletonsInstantiated();
        assertThat(withPrefix(run)).isEmpty();
    }
}
