package org.citypeers.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the values of the facet fields (sorted-set doc values) over every matching document. */
final class FacetCounter implements Collector {

    private final String[] fields;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    FacetCounter(String[] fields) {
        this.fields = fields;
        for (String f : fields) {
            counts.put(f, new HashMap<>());
        }
    }

    static CollectorManager<FacetCounter, Map<String, Map<String, Long>>> manager(String[] fields) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(fields);
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<FacetCounter> collectors) {
                Map<String, Map<String, Long>> all = new LinkedHashMap<>();
                for (FacetCounter c : collectors) {
                    c.counts.forEach((f, m) -> m.forEach((v, n) ->
                            all.computeIfAbsent(f, k -> new HashMap<>()).merge(v, n, Long::sum)));
                }
                for (String f : fields) {
                    all.putIfAbsent(f, Map.of());
                }
                return all;
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<SortedSetDocValues> values = new ArrayList<>();
        List<long[]> perOrd = new ArrayList<>();
        for (String f : fields) {
            SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), f);
            values.add(dv);
            perOrd.add(new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())]);
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                for (int i = 0; i < fields.length; i++) {
                    SortedSetDocValues dv = values.get(i);
                    if (dv.advanceExact(doc)) {
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            perOrd.get(i)[(int) dv.nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < fields.length; i++) {
                    long[] c = perOrd.get(i);
                    Map<String, Long> target = counts.get(fields[i]);
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            target.merge(values.get(i).lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
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
}
