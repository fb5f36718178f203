package org.citypeers.search;

import java.util.ArrayList;
import java.util.List;
import org.citypeers.search.internal.PracticeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database: rebuilds it at start when it was missing, corrupt, of an
 * older format or holds a different number of practices than are published, and re-indexes a practice
 * after every committed change (see {@link PracticeChangeListener}).
 */
@Component
public class PracticeIndexer {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndexer.class);

    private final PracticeIndex index;
    private final ObjectProvider<PracticeSource> source;

    PracticeIndexer(PracticeIndex index, ObjectProvider<PracticeSource> source) {
        this.index = index;
        this.source = source;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfNeeded() {
        PracticeSource s = source.getIfAvailable();
        if (s == null) {
            return;
        }
        long published = s.countPublished();
        if (index.rebuildNeeded() || index.count() != published) {
            rebuild();
        }
    }

    /** Re-reads every published practice from the database into a fresh index. */
    public void rebuild() {
        PracticeSource s = source.getIfAvailable();
        if (s == null) {
            return;
        }
        long start = System.nanoTime();
        List<IndexedPractice> all = new ArrayList<>();
        s.forEachPublished(all::add);
        index.replaceAll(all);
        log.info("Search index rebuilt: {} published practices in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Re-indexes one practice as the database now has it (removes it when no longer published). */
    public void refresh(long practiceId) {
        PracticeSource s = source.getIfAvailable();
        if (s == null) {
            return;
        }
        s.findPublished(practiceId).ifPresentOrElse(index::update, () -> index.delete(practiceId));
    }

    /** Waits until the last change is visible to searches (at most the given time). */
    public boolean awaitVisible(long millis) {
        return index.awaitVisible(millis);
    }
}
