package fr.arretiste.bench;

import java.util.ArrayList;
import java.util.List;

import fr.arretiste.search.RulingSearcher;
import fr.arretiste.search.SearchRequest;

/**
 * Phase (d): search latency on the index of the full import, with the searcher of the {@code search}
 * command and the page (hits with snippets, facets). The values some queries need are read from the
 * index first, then the first pass over the queries is the cold one; after the warm-up passes, the
 * warm passes are measured.
 */
final class SearchPhase implements PhaseWork {
    @Override
    public Done run(BenchSetup setup) throws Exception {
        List<SearchRequest> queries;
        try (IndexValues values = IndexValues.open(setup.index())) {
            queries = QuerySet.load().resolve(values);
        }
        try (RulingSearcher searcher = RulingSearcher.open(setup.index())) {
            List<Long> cold = new ArrayList<>();
            List<SearchRequest> withoutHits = pass(searcher, queries, cold);
            withoutHits.forEach(q -> System.err.println("bench: no hits for " + q.query() + " " + q.filters()));
            for (int i = 0; i < setup.warmupPasses(); i++) {
                pass(searcher, queries, new ArrayList<>());
            }
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < setup.passes(); i++) {
                pass(searcher, queries, warm);
            }
            return new Done(0, 1, null,
                    SearchLatency.of(queries.size(), withoutHits.size(), setup.warmupPasses(), setup.passes(), cold, warm));
        }
    }

    /** Runs every query once, adding its nanoseconds to {@code nanos}; returns those that found nothing. */
    private static List<SearchRequest> pass(RulingSearcher searcher, List<SearchRequest> queries, List<Long> nanos) throws Exception {
        List<SearchRequest> empty = new ArrayList<>();
        for (SearchRequest query : queries) {
            long start = System.nanoTime();
            long hits = searcher.search(query).totalHits();
            nanos.add(System.nanoTime() - start);
            if (hits == 0) {
                empty.add(query);
            }
        }
        return empty;
    }
}
