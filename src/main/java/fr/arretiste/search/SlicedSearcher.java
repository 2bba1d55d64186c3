package fr.arretiste.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * An IndexSearcher that searches the index on every core at once: the index is cut into slices of
 * equal size, a large segment being split between several, so that one query keeps all cores busy
 * (Lucene's default slicing puts up to five segments, however unequal, in one slice). Twice as many
 * slices as cores, so that a slice slower than the others (more matches) delays the query less.
 */
final class SlicedSearcher extends IndexSearcher {
    static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Below this, a slice costs more to hand to another thread than to search. */
    private static final int MIN_DOCS_PER_SLICE = 5_000;
    /** One pool for every searcher of the process: a refreshed searcher reuses the threads of the last. */
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(CORES,
            Thread.ofPlatform().name("search-", 0).daemon().factory());

    SlicedSearcher(IndexReader reader) {
        super(reader, THREADS);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
        int perSlice = Math.max(MIN_DOCS_PER_SLICE, Math.ceilDiv(docs, 2 * CORES));
        return slices(leaves, perSlice, Integer.MAX_VALUE, true);
    }
}
