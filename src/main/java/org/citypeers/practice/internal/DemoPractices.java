package org.citypeers.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import org.citypeers.practice.ImportResult;
import org.citypeers.practice.PracticeImporter;
import org.citypeers.practice.PracticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data of the library: the 24 published practices of {@code demo/practices.json} (owned by the demo
 * cities whose names match) and two practices submitted for validation ({@code demo/practices-submitted.json},
 * one by Tauragė), imported through the normal importer when the library is empty.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
class DemoPractices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final PracticeImporter importer;
    private final PracticeService practices;

    DemoPractices(PracticeImporter importer, PracticeService practices) {
        this.importer = importer;
        this.practices = practices;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (practices.count() > 0) {
            return;
        }
        for (String file : new String[] {"demo/practices.json", "demo/practices-submitted.json"}) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                ImportResult r = SystemAuthentication.run(() -> importer.importFile(file, in, (d, t) -> { }));
                if (r.ok()) {
                    log.info("Demo practices from {}: {}", file, r.describe());
                } else {
                    log.error("Demo practices from {} not loaded: {}", file, r.describe());
                }
            }
        }
    }
}
