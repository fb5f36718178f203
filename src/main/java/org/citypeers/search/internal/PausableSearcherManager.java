package org.citypeers.search.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * Lucene's {@code SearcherManager} (near-real-time readers from the writer), except that refreshing can be
 * paused: during a bulk load every refresh would flush a small segment (and start merges) only to show a
 * half-loaded library, so the reopen thread's refreshes do nothing until the load ends, and searches keep
 * the last complete view meanwhile.
 */
final class PausableSearcherManager extends ReferenceManager<IndexSearcher> {

    private final IndexWriter writer;
    private final AtomicInteger pauses = new AtomicInteger();

    PausableSearcherManager(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.current = new IndexSearcher(DirectoryReader.open(writer, true, false));
    }

    void pause() {
        pauses.incrementAndGet();
    }

    void resume() {
        pauses.decrementAndGet();
    }

    boolean paused() {
        return pauses.get() > 0;
    }

    @Override
    protected void decRef(IndexSearcher reference) throws IOException {
        reference.getIndexReader().decRef();
    }

    @Override
    protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) throws IOException {
        if (paused()) {
            return null;
        }
        DirectoryReader r = (DirectoryReader) referenceToRefresh.getIndexReader();
        DirectoryReader newer = DirectoryReader.openIfChanged(r, writer, true);
        return newer == null ? null : new IndexSearcher(newer);
    }

    @Override
    protected boolean tryIncRef(IndexSearcher reference) {
        return reference.getIndexReader().tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSearcher reference) {
        return reference.getIndexReader().getRefCount();
    }
}
