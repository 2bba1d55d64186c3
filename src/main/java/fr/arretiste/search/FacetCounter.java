package fr.arretiste.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the matching rulings and the values of their facets as the query finds them, each slice
 * of the index in its own thread, rather than in a second pass over the matches. A slice counts in
 * its segments' ordinals; they are mapped to the index's ordinals once per value, not per ruling.
 * Exact, whatever the number of matches.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {
    /** Null when no ruling has a facet value: then only the matches are counted. */
    private final SortedSetDocValuesReaderState state;

    FacetCounter(SortedSetDocValuesReaderState state) {
        this.state = state;
    }

    /** How many rulings match, and how many of them have each facet value (by the index's ordinal). */
    record Counts(long matches, int[] values) {
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter();
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) throws IOException {
        long matches = 0;
        int[] values = new int[state == null ? 0 : state.getSize()];
        // several segments: their ordinals differ, the map gives each the index's one
        SortedSetDocValues all = state == null ? null : state.getDocValues();
        for (SliceCounter slice : slices) {
            matches += slice.matches;
            for (LeafCounts leaf : slice.leaves) {
                LongValues global = all instanceof MultiSortedSetDocValues multi
                        ? multi.mapping.getGlobalOrds(leaf.ord()) : LongValues.IDENTITY;
                for (int ord = 0; ord < leaf.counts().length; ord++) {
                    if (leaf.counts()[ord] > 0) {
                        values[(int) global.get(ord)] += leaf.counts()[ord];
                    }
                }
            }
        }
        return new Counts(matches, values);
    }

    /**
     * Per dimension, its {@code limit} values with most rulings, equal counts in label order (the
     * order of the ordinals), as Lucene's SortedSetDocValuesFacetCounts ranks them; a dimension
     * without any is left out.
     */
    Map<String, List<FacetCount>> top(Counts counts, List<String> dims, int limit) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (state == null) {
            return facets;
        }
        SortedSetDocValues labels = state.getDocValues();
        for (String dim : dims) {
            OrdRange range = state.getOrdRange(dim);
            List<FacetCount> values = new ArrayList<>();
            for (int ord : range == null ? new int[0] : best(counts.values(), range, limit)) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                values.add(new FacetCount(path[path.length - 1], counts.values()[ord]));
            }
            if (!values.isEmpty()) {
                facets.put(dim, values);
            }
        }
        return facets;
    }

    /** The ordinals of the range with the highest counts, highest first, a tie to the lower ordinal. */
    private static int[] best(int[] counts, OrdRange range, int limit) {
        int[] best = new int[limit];
        int size = 0;
        for (int ord = range.start(); ord <= range.end(); ord++) {
            int count = counts[ord];
            if (count == 0 || (size == limit && count <= counts[best[limit - 1]])) {
                continue;
            }
            int i = size < limit ? size++ : limit - 1;
            for (; i > 0 && counts[best[i - 1]] < count; i--) {
                best[i] = best[i - 1];
            }
            best[i] = ord;
        }
        return Arrays.copyOf(best, size);
    }

    /** The counts of one segment (or of the part of it a slice covers), in its own ordinals. */
    private record LeafCounts(int ord, int[] counts) {
    }

    /** Counts one slice of the index; one thread uses it. */
    final class SliceCounter implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();
        private long matches;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = state == null ? null : context.reader().getSortedSetDocValues(state.getField());
            int[] counts = values == null ? null : new int[Math.toIntExact(values.getValueCount())];
            if (counts != null) {
                leaves.add(new LeafCounts(context.ord, counts));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no score
                }

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    if (values != null && values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            counts[(int) values.nextOrd()]++;
                        }
                    }
                }
            };
        }
    }
}
