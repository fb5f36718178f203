package org.citypeers.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citypeers.practice.ImportResult;
import org.citypeers.practice.PracticeFile;
import org.citypeers.practice.PracticeImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports the practice file named by {@code citypeers.import} (e.g. {@code --citypeers.import=practices.json}
 * or {@code CITYPEERS_IMPORT}) once all beans exist and before the web server accepts requests. A file that
 * fails is logged with every problem and imports nothing; the application starts anyway with the data it had.
 */
@Component
class StartupImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final PracticeImporter importer;
    private final String file;

    StartupImport(PracticeImporter importer, @Value("${citypeers.import:}") String file) {
        this.importer = importer;
        this.file = file;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file.trim());
        ImportResult r;
        try {
            if (!Files.isRegularFile(path)) {
                r = failed("there is no file " + path.toAbsolutePath());
            } else if (Files.size(path) > PracticeFile.MAX_BYTES) {
                r = failed("the file is larger than " + PracticeFile.MAX_BYTES / 1024 / 1024 + " MB");
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    r = SystemAuthentication.run(() -> importer.importFile(path.getFileName().toString(), in, (d, t) -> { }));
                }
            }
        } catch (IOException e) {
            r = failed("it cannot be read: " + e.getMessage());
        }
        if (r.ok()) {
            log.info("Start-up import of {}: {}", path, r.describe());
        } else {
            log.error("START-UP IMPORT FAILED for {} (citypeers.import); {}", path, r.describe());
        }
    }

    private static ImportResult failed(String why) {
        return new ImportResult(why, java.util.List.of(), 0, 0, 0, 0);
    }
}
