package org.citypeers.practice;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.citypeers.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports practice files (FORMATS.md JSON, or CSV) all or nothing: the whole file is read and checked
 * first, every problem is reported per entry, and only a file without problems is written, in one
 * transaction. Idempotent by external id: importing the same file again changes nothing, a changed
 * entry updates its practice. Free theme labels are mapped to the taxonomy; labels it does not know
 * are kept as tags. Practices are PUBLISHED unless the entry has a {@code status}.
 */
@Service
public class PracticeImporter {

    private static final Logger log = LoggerFactory.getLogger(PracticeImporter.class);

    private final PracticeService practices;
    private final ThemeService themes;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;

    PracticeImporter(PracticeService practices, ThemeService themes, CurrentUser currentUser, PlatformTransactionManager tm) {
        this.practices = practices;
        this.themes = themes;
        this.currentUser = currentUser;
        this.tx = new TransactionTemplate(tm);
    }

    /** Imports a file read from a stream (refused above {@link PracticeFile#MAX_BYTES} before parsing). */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public ImportResult importFile(String fileName, InputStream in, BiConsumer<Integer, Integer> progress) {
        byte[] bytes;
        try {
            bytes = PracticeFile.readLimited(in);
        } catch (IOException e) {
            return ImportResult.failed("too big".equals(e.getMessage()) ? PracticeFile.tooBig() : "The file cannot be read.");
        }
        return importBytes(fileName, bytes, progress);
    }

    /**
     * Imports a whole file. {@code progress} receives (entries done, entries in total) while writing;
     * it may be called from this thread only.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public ImportResult importBytes(String fileName, byte[] bytes, BiConsumer<Integer, Integer> progress) {
        themes.seedIfEmpty();
        PracticeFile.Parsed parsed = PracticeFile.parse(fileName, bytes);
        if (parsed.fileError() != null) {
            return ImportResult.failed(parsed.fileError());
        }
        int total = parsed.entries().size() + parsed.errors().size();
        if (!parsed.errors().isEmpty()) {
            return ImportResult.failed(total, parsed.errors());
        }
        PracticeHistory.Actor actor = currentUser.get().map(PracticeHistory.Actor::of)
                .orElse(new PracticeHistory.Actor(null, "system import"));
        int[] counts = new int[3];
        List<ImportResult.EntryError> failures = new ArrayList<>();
        try {
            tx.executeWithoutResult(status -> {
                int done = 0;
                for (PracticeFile.Entry e : parsed.entries()) {
                    try {
                        ThemeService.Mapping m = themes.mapLabels(e.freeThemes());
                        PracticeData d = withThemes(e.data(), m.codes(), m.unmapped());
                        PracticeService.ImportOutcome o = practices.upsertImported(e.externalId(), d, e.status(), actor);
                        counts[o.ordinal()]++;
                    } catch (RuntimeException ex) {
                        failures.add(new ImportResult.EntryError(e.position(), e.externalId(),
                                List.of(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())));
                        throw ex;
                    }
                    progress.accept(++done, total);
                }
            });
        } catch (RuntimeException ex) {
            log.warn("Import of {} rolled back: {}", fileName, failures.isEmpty() ? ex.toString() : failures);
            return failures.isEmpty() ? ImportResult.failed("The import failed and nothing was imported: " + ex.getMessage())
                    : ImportResult.failed(total, failures);
        }
        ImportResult r = new ImportResult(null, List.of(), total, counts[0], counts[1], counts[2]);
        log.info("Imported {}: {}", fileName, r.describe());
        return r;
    }

    private static PracticeData withThemes(PracticeData d, List<String> codes, List<String> tags) {
        return new PracticeData(d.title(), d.summary(), d.description(), d.cityId(), d.cityName(), d.country(), d.population(),
                d.programmeId(), d.programmeName(), d.language(), codes, tags, d.targetGroups(), d.stakeholders(),
                d.budgetRange(), d.staff(), d.results(), d.transferability(), d.contact(), d.links(), d.year(), d.url(),
                d.adaptations());
    }
}
