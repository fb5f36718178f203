package org.citypeers.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of the facet fields (sorted-set doc values) over every matching document, and the
 * matching documents themselves (the exact total of a library page).
 *
 * <p>Counting reads each matching document's values, for every query: read from the memory-mapped doc
 * values this was a fifth of a library search's CPU time on 100,000 practices. So each segment's
 * ordinals are read once into the heap ({@link SegmentOrds}, a few bytes per document and facet) and kept
 * until the segment is closed; segments never change, so the copy cannot go stale.
 */
final class FacetCounter implements Collector {

    private static final Map<Object, SegmentOrds> SEGMENTS = new ConcurrentHashMap<>();

    private final String[] fields;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private long total;

    FacetCounter(String[] fields) {
        this.fields = fields;
        for (String f : fields) {
            counts.put(f, new HashMap<>());
        }
    }

    /** The facet counts and the number of matching documents. */
    record Result(Map<String, Map<String, Long>> facets, long total) {}

    static CollectorManager<FacetCounter, Result> manager(String[] fields) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(fields);
            }

            @Override
            public Result reduce(Collection<FacetCounter> collectors) {
                Map<String, Map<String, Long>> all = new LinkedHashMap<>();
                long total = 0;
                for (FacetCounter c : collectors) {
                    total += c.total;
                    c.counts.forEach((f, m) -> m.forEach((v, n) ->
                            all.computeIfAbsent(f, k -> new HashMap<>()).merge(v, n, Long::sum)));
                }
                for (String f : fields) {
                    all.putIfAbsent(f, Map.of());
                }
                return new Result(all, total);
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SegmentOrds segment = ordsOf(context.reader(), fields);
        int[][] perOrd = new int[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            perOrd[i] = new int[segment.labels[i].length];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
                total++;
                for (int i = 0; i < perOrd.length; i++) {
                    int[] start = segment.starts[i];
                    int[] ords = segment.ords[i];
                    int[] c = perOrd[i];
                    if (start == null) { // at most one value per document: ords[doc], -1 for none
                        int ord = ords[doc];
                        if (ord >= 0) {
                            c[ord]++;
                        }
                        continue;
                    }
                    for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                        c[ords[k]]++;
                    }
                }
            }

            @Override
            public void finish() {
                for (int i = 0; i < fields.length; i++) {
                    int[] c = perOrd[i];
                    Map<String, Long> target = counts.get(fields[i]);
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            target.merge(segment.labels[i][ord], (long) c[ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /**
     * The facet ordinals of one segment: for field i, document d has the ordinals
     * {@code ords[i][starts[i][d]] .. ords[i][starts[i][d + 1] - 1]}, whose values are {@code labels[i]};
     * a field with at most one value per document has no starts, and {@code ords[i][d]} (-1 for none).
     */
    private record SegmentOrds(String[] fields, int[][] starts, int[][] ords, String[][] labels) {}

    private static SegmentOrds ordsOf(LeafReader reader, String[] fields) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) { // not a segment of an index (e.g. a wrapped reader): read it for this search
            return read(reader, fields);
        }
        SegmentOrds cached = SEGMENTS.get(helper.getKey());
        if (cached != null && cached.fields() == fields) {
            return cached;
        }
        SegmentOrds read = read(reader, fields);
        if (SEGMENTS.put(helper.getKey(), read) == null) {
            helper.addClosedListener(SEGMENTS::remove);
        }
        return read;
    }

    private static SegmentOrds read(LeafReader reader, String[] fields) throws IOException {
        int maxDoc = reader.maxDoc();
        int[][] starts = new int[fields.length][];
        int[][] ords = new int[fields.length][];
        String[][] labels = new String[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            SortedSetDocValues dv = DocValues.getSortedSet(reader, fields[i]);
            labels[i] = new String[Math.toIntExact(dv.getValueCount())];
            for (int ord = 0; ord < labels[i].length; ord++) {
                labels[i][ord] = dv.lookupOrd(ord).utf8ToString();
            }
            int[] start = new int[maxDoc + 1];
            int[] values = new int[Math.max(16, maxDoc)];
            int n = 0;
            int next = 0;
            boolean multiValued = false;
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                while (next <= doc) {
                    start[next++] = n;
                }
                multiValued |= dv.docValueCount() > 1;
                for (int k = 0; k < dv.docValueCount(); k++) {
                    if (n == values.length) {
                        values = java.util.Arrays.copyOf(values, values.length * 2);
                    }
                    values[n++] = (int) dv.nextOrd();
                }
            }
            while (next <= maxDoc) {
                start[next++] = n;
            }
            if (!multiValued) {
                int[] single = new int[maxDoc];
                for (int doc = 0; doc < maxDoc; doc++) {
                    single[doc] = start[doc + 1] > start[doc] ? values[start[doc]] : -1;
                }
                ords[i] = single;
            } else {
                starts[i] = start;
                ords[i] = values.length == n ? values : java.util.Arrays.copyOf(values, n);
            }
        }
        return new SegmentOrds(fields, starts, ords, labels);
    }
}
