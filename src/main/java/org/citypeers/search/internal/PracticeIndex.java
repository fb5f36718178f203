package org.citypeers.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.citypeers.search.IndexedPractice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice index: one {@link IndexWriter}, one {@link PausableSearcherManager} reopened in the background
 * (at most a second stale), a periodic commit carrying the index format version in its user data. An
 * index that is missing, unreadable or of another format version is recreated empty and flagged for a
 * rebuild from the database. Searches acquire and release a searcher and never wait for writes.
 */
public final class PracticeIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndex.class);

    /** Bump when fields or analysis change: older indexes are then rebuilt at start. */
    public static final String FORMAT_VERSION = "search-4";
    static final String VERSION_KEY = "citypeers.index.format";
    static final String LEXICON_KEY = "citypeers.index.lexicon";
    /** The dictionaries of the pivot field ({@link PivotDictionary#fingerprint()}): other ones mean a rebuild. */
    static final String PIVOT_KEY = "citypeers.index.pivot";

    private final Directory directory;
    private final IndexWriter writer;
    private final PausableSearcherManager manager;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final ScheduledExecutorService committer;
    private final DocumentFactory documents;
    private final AtomicLong lastGeneration = new AtomicLong(-1);
    private final boolean rebuildNeeded;
    private final ConceptLexicon lexicon;
    private final String lexiconAtStart;

    private final PivotDictionary pivot;

    public PracticeIndex(Path path, ConceptLexicon lexicon) {
        this(path, lexicon, PivotDictionary.none());
    }

    public PracticeIndex(Path path, ConceptLexicon lexicon, PivotDictionary pivot) {
        this.documents = new DocumentFactory(lexicon, pivot);
        this.lexicon = lexicon;
        this.pivot = pivot;
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            String state = state(directory, pivot);
            this.lexiconAtStart = "current".equals(state)
                    ? SegmentInfos.readLatestCommit(directory).getUserData().get(LEXICON_KEY) : null;
            this.rebuildNeeded = !"current".equals(state);
            if (rebuildNeeded) {
                log.info("Search index at {} is {}: recreating it, it will be rebuilt from the database", path, state);
                wipe(directory);
            }
            this.writer = openWriter(directory, rebuildNeeded);
            writer.setLiveCommitData(userData());
            if (rebuildNeeded) {
                writer.commit();
            }
            this.manager = new PausableSearcherManager(writer);
            this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, 0.5, 0.01);
            reopener.setName("citypeers-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
            this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "citypeers-index-commit");
                t.setDaemon(true);
                return t;
            });
            committer.scheduleWithFixedDelay(this::commitQuietly, 5, 5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /** "current", "missing", "from another version" or "unreadable". */
    private static String state(Directory dir, PivotDictionary pivot) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return "missing";
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            if (!FORMAT_VERSION.equals(data.get(VERSION_KEY))) {
                return "from another version";
            }
            return pivot.fingerprint().equals(data.get(PIVOT_KEY)) ? "current" : "built with other dictionaries";
        } catch (IOException | RuntimeException e) {
            return "unreadable (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Removes every file of an unusable index (it is derived data: the database is the source). */
    private static void wipe(Directory dir) throws IOException {
        for (String file : dir.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                dir.deleteFile(file);
            }
        }
    }

    private static IndexWriter openWriter(Directory dir, boolean create) throws IOException {
        try {
            return new IndexWriter(dir, config(create));
        } catch (IOException | RuntimeException e) {
            if (create) {
                throw e;
            }
            log.warn("Search index unreadable ({}): recreating it", e.toString());
            wipe(dir);
            return new IndexWriter(dir, config(true));
        }
    }

    private static IndexWriterConfig config(boolean create) {
        IndexWriterConfig c = new IndexWriterConfig(PracticeFields.analyzer());
        c.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(96);
        c.setUseCompoundFile(false); // fewer bytes rewritten on flush; the index has few segments anyway
        c.setCommitOnClose(true);
        return c;
    }

    private Iterable<Map.Entry<String, String>> userData() {
        // evaluated at each commit, so a taxonomy change is recorded with the rebuild that follows it
        return () -> Map.of(VERSION_KEY, FORMAT_VERSION, LEXICON_KEY, lexicon.fingerprint(),
                PIVOT_KEY, pivot.fingerprint()).entrySet().iterator();
    }

    /** True when the index was built with another lexicon (themes edited since) than the current one. */
    public boolean builtWithOtherLexicon() {
        return lexiconAtStart == null || !lexiconAtStart.equals(lexicon.fingerprint());
    }

    /** True when the index was missing, corrupt or outdated at start and must be filled from the database. */
    public boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    /** Adds or replaces a practice (by id). Visible to searches within half a second. */
    public void update(IndexedPractice practice) {
        try {
            lastGeneration.set(writer.updateDocument(idTerm(practice.id()), documents.create(practice)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long id) {
        try {
            lastGeneration.set(writer.deleteDocuments(idTerm(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole content (a rebuild), commits and makes it visible before returning. Each practice
     * is replaced in place and the ones no longer given are deleted last, so that searches running
     * meanwhile never see a half-empty index.
     */
    public void replaceAll(Iterable<IndexedPractice> practices) {
        bulk(() -> {
            try {
                writer.setLiveCommitData(userData());
                List<BytesRef> ids = new ArrayList<>();
                for (IndexedPractice p : practices) {
                    writer.updateDocument(idTerm(p.id()), documents.create(p));
                    ids.add(new BytesRef(Long.toString(p.id())));
                }
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                        .add(new TermInSetQuery(PracticeFields.ID, ids), BooleanClause.Occur.MUST_NOT)
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs a bulk load (a rebuild, a large import): meanwhile searches keep the view they had, with no
     * refresh every half second (each would flush a small segment and start merges) and no periodic
     * commit; afterwards one commit, and searches see the whole load at once.
     */
    public void bulk(Runnable load) {
        manager.pause();
        try {
            load.run();
        } finally {
            manager.resume();
            commit();
        }
    }

    /** Adds without deleting first (bulk loads of new practices); call {@link #commit()} after. */
    public void add(IndexedPractice practice) {
        try {
            lastGeneration.set(writer.addDocument(documents.create(practice)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits and waits until searches see every change made so far. */
    public void commit() {
        try {
            lastGeneration.set(writer.commit());
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (up to the given time) until the last change is visible to searches. */
    public boolean awaitVisible(long millis) {
        try {
            long gen = lastGeneration.get();
            return gen < 0 || reopener.waitForGeneration(gen, (int) millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a read against a searcher acquired for the call and always released after it. */
    public <T> T read(SearchFunction<T> function) {
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return function.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                log.warn("Could not release a searcher", e);
            }
        }
    }

    /** A read on a searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public int count() {
        return read(s -> s.getIndexReader().numDocs());
    }

    DocumentFactory documents() {
        return documents;
    }

    private void commitQuietly() {
        try {
            if (writer.isOpen() && !manager.paused() && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index commit failed: {}", e.toString());
        }
    }

    private static Term idTerm(long id) {
        return new Term(PracticeFields.ID, Long.toString(id));
    }

    /** Closes in order: committer, reopen thread, searcher manager, writer (final commit), directory. */
    @Override
    public void close() throws IOException {
        committer.shutdown();
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reopener.close();
        manager.close();
        if (writer.isOpen()) {
            writer.close();
        }
        directory.close();
    }
}
