package fr.arretiste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import fr.arretiste.index.RulingFields;
import fr.arretiste.search.FacetCount;
import fr.arretiste.search.Filters;
import fr.arretiste.search.Hit;
import fr.arretiste.search.InvalidQueryException;
import fr.arretiste.search.RulingSearcher;
import fr.arretiste.search.SearchRequest;
import fr.arretiste.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text and fielded search of the index, French analysis, facets, highlighted snippets.",
                "QUERY is Lucene's classic syntax; every word must be present (use OR for either). Fields: "
                        + "rg pourvoi portalis court city chamber date outcome article party lawyer judge amount, "
                        + "e.g. rg:\"21/01153\" article:\"700 code de procédure civile\" party:\"D2L Informatique\" "
                        + "date:[2022-01-01 TO 2022-12-31] amount:[10000 TO 50000]. An empty QUERY (\"\") matches every ruling."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "the query")
    String query;

    @Option(names = "--court", paramLabel = "C", description = "court kind (cour_appel), name or city")
    String court;

    @Option(names = "--chamber", paramLabel = "C", description = "chamber, or a word of it (sociale)")
    String chamber;

    @Option(names = "--from", paramLabel = "D", description = "rendered on or after D (YYYY-MM-DD, YYYY-MM or YYYY)")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "rendered on or before D (YYYY-MM-DD, YYYY-MM or YYYY)")
    String to;

    @Option(names = "--outcome", paramLabel = "S", description = "solution (confirmation, cassation, rejet...)")
    String outcome;

    @Option(names = "--article", paramLabel = "A", description = "cited article, bare (700) or with its source")
    String article;

    @Option(names = "--party", paramLabel = "P", description = "a party's name or part of it")
    String party;

    @Option(names = "--lawyer", paramLabel = "L", description = "a lawyer's name or part of it")
    String lawyer;

    @Option(names = "--judge", paramLabel = "J", description = "a judge's name or part of it")
    String judge;

    @Option(names = "--min-amount", paramLabel = "E", description = "mentions a sum of at least E euros")
    String minAmount;

    @Option(names = "--max-amount", paramLabel = "E", description = "mentions a sum of at most E euros")
    String maxAmount;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance or date (most recent first); default: ${DEFAULT-VALUE}")
    String sort;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip (paging)")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + SearchRequest.DEFAULT_LIMIT,
            description = "hits to show (default: ${DEFAULT-VALUE}; 0 for counts and facets only)")
    int limit;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "one JSON object: totalHits, hits, facets")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SearchResult result;
        try (RulingSearcher searcher = index.open()) {
            result = searcher.search(request());
        } catch (InvalidQueryException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Output.print(result, json, out -> print(result, out));
        return 0;
    }

    private SearchRequest request() {
        Filters filters = Filters.NONE.with(RulingFields.COURT, court).with(RulingFields.CHAMBER, chamber)
                .with(RulingFields.OUTCOME, outcome).with(RulingFields.ARTICLE, article)
                .with(RulingFields.PARTY, party).with(RulingFields.LAWYER, lawyer).with(RulingFields.JUDGE, judge)
                .dates(from, to).amounts(minAmount, maxAmount);
        try {
            return new SearchRequest(query, filters, SearchRequest.Order.parse(sort), offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void print(SearchResult result, PrintWriter out) {
        out.printf("%d ruling%s%n", result.totalHits(), result.totalHits() == 1 ? "" : "s");
        int rank = 0;
        for (Hit hit : result.hits()) {
            out.printf("%n%s%n", RulingPrinter.hitLine(++rank, hit));
            if (hit.snippet() != null) {
                out.println("    " + hit.snippet());
            }
        }
        if (!result.facets().isEmpty()) {
            out.println();
        }
        for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
            out.println(facet.getKey() + ": " + facet.getValue().stream()
                    .map(count -> count.label() + " (" + count.count() + ")").collect(Collectors.joining(", ")));
        }
    }
}
