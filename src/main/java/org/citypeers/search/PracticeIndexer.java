package org.citypeers.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.citypeers.practice.ThemeInfo;
import org.citypeers.practice.ThemeService;
import org.citypeers.search.internal.Concept;
import org.citypeers.search.internal.ConceptLexicon;
import org.citypeers.search.internal.PracticeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database: rebuilds it at start when it was missing, corrupt, of an
 * older format, built with another taxonomy, or holds a different number of practices than are
 * published; re-indexes one practice after each committed change ({@link PracticeChangeListener}).
 */
@Component
public class PracticeIndexer {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndexer.class);

    private final PracticeIndex index;
    private final ConceptLexicon lexicon;
    private final ObjectProvider<PracticeSource> source;
    private final ObjectProvider<ThemeService> themes;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "citypeers-index-rebuild");
        t.setDaemon(true);
        return t;
    });

    PracticeIndexer(PracticeIndex index, ConceptLexicon lexicon, ObjectProvider<PracticeSource> source,
                    ObjectProvider<ThemeService> themes) {
        this.index = index;
        this.lexicon = lexicon;
        this.source = source;
        this.themes = themes;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfNeeded() {
        PracticeSource s = source.getIfAvailable();
        if (s == null) {
            return;
        }
        loadThemes();
        long published = s.countPublished();
        if (index.rebuildNeeded() || index.builtWithOtherLexicon() || index.count() != published) {
            rebuild();
        }
    }

    /** Re-reads every published practice from the database into the index. */
    public synchronized void rebuild() {
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

    /** Re-indexes one practice as the database now has it (removes it when it is not published). */
    public void refresh(long practiceId) {
        PracticeSource s = source.getIfAvailable();
        if (s == null) {
            return;
        }
        s.findPublished(practiceId).ifPresentOrElse(index::update, () -> index.delete(practiceId));
    }

    public void remove(long practiceId) {
        index.delete(practiceId);
    }

    /** The taxonomy changed: reload its concepts and rebuild in the background (searches go on meanwhile). */
    public void themesChanged() {
        background.submit(() -> {
            try {
                loadThemes();
                rebuild();
            } catch (RuntimeException e) {
                log.error("Search index rebuild after a taxonomy change failed", e);
            }
        });
    }

    /** Waits until the last change is visible to searches (at most the given time). */
    public boolean awaitVisible(long millis) {
        return index.awaitVisible(millis);
    }

    private void loadThemes() {
        ThemeService t = themes.getIfAvailable();
        if (t == null) {
            return;
        }
        List<ThemeInfo> all = t.all();
        if (all.isEmpty()) {
            return;
        }
        lexicon.replaceThemes(all.stream().map(PracticeIndexer::concept).toList());
    }

    static Concept concept(ThemeInfo theme) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        theme.labels().forEach((lang, label) -> labels.computeIfAbsent(lang, k -> new ArrayList<>()).add(label));
        theme.keywords().forEach((lang, words) -> labels.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(words));
        return new Concept(ConceptLexicon.themeId(theme.code()), Concept.Source.THEME, labels);
    }
}
