package fr.arretiste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.arretiste.index.RulingFields;
import fr.arretiste.search.Filters;
import fr.arretiste.search.Hit;
import fr.arretiste.search.RulingSearcher;
import fr.arretiste.search.SearchRequest;
import fr.arretiste.search.SearchRequest.Order;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Search latency on an index: a fixed set of queries an analyst types (words, phrases, fields,
 * ranges, a prefix, filters, date order), each run as the page runs it (20 hits with snippets and
 * facets), then the stats and the similar rulings of the first hits. Prints median and 99th
 * percentile per kind of request. Not a test: figures depend on the machine.
 */
@Command(name = "benchmark", hidden = true, mixinStandardHelpOptions = true,
        description = "Search latency: median and 99th percentile over a fixed set of queries.")
final class BenchmarkCommand implements Callable<Integer> {
    /** The query set: what analysts type, from the most common to the heaviest. */
    private static final List<SearchRequest> QUERIES = List.of(
            page("dépens"),
            page("\"article 700\""),
            page("rg:\"21/01153\""),
            page("article:\"700 code de procédure civile\""),
            page("licenciement \"faute grave\""),
            page("party:maaf"),
            page("responsabilité contractuelle"),
            page("amount:[10000 TO 50000]"),
            page("date:[2024-01-01 TO 2024-12-31] AND dépens"),
            page("court:cassation rejet"),
            page("\"trouble anormal\" OR voisinage"),
            page("préjudic*"),
            page(""),
            new SearchRequest("expertise", Filters.NONE, Order.DATE, 0, 20),
            new SearchRequest("appel", Filters.NONE.with(RulingFields.COURT, "lyon")
                    .with(RulingFields.OUTCOME, "confirmation").amounts("1000", null), Order.RELEVANCE, 0, 20));
    private static final int PAGE = 20;

    @Mixin
    IndexOption index;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "rounds run first, not measured")
    int warmup;

    @Override
    public Integer call() throws IOException {
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        try (RulingSearcher searcher = index.open()) {
            for (int round = 0; round < warmup + rounds; round++) {
                Map<String, List<Long>> sink = round < warmup ? new LinkedHashMap<>() : nanos;
                for (SearchRequest request : QUERIES) {
                    long start = System.nanoTime();
                    List<Hit> hits = searcher.search(request).hits();
                    record(sink, "search", start);
                    start = System.nanoTime();
                    searcher.stats(request);
                    record(sink, "stats", start);
                    if (!hits.isEmpty()) {
                        start = System.nanoTime();
                        searcher.similar(hits.get(0).id(), 10);
                        record(sink, "similar", start);
                    }
                }
            }
        }
        PrintWriter out = Output.utf8();
        out.printf("%d queries x %d rounds (after %d warm-up rounds) on %s%n", QUERIES.size(), rounds, warmup, index.dir);
        nanos.forEach((kind, times) -> out.printf("%-8s n=%-5d median %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", kind,
                times.size(), percentile(times, 50), percentile(times, 99), percentile(times, 100)));
        out.flush();
        return 0;
    }

    private static SearchRequest page(String query) {
        return new SearchRequest(query, Filters.NONE, PAGE);
    }

    private static void record(Map<String, List<Long>> sink, String kind, long start) {
        sink.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> times, int p) {
        List<Long> sorted = times.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
