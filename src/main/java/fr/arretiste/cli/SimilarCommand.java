package fr.arretiste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import fr.arretiste.search.Hit;
import fr.arretiste.search.RulingSearcher;
import fr.arretiste.search.SimilarRuling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "The rulings closest to ID: by the words of its reasons and dispositif, the provisions it "
                + "cites and its outcome, each with what it has in common with ID.")
final class SimilarCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the ruling's id, as search shows it")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "rulings to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "a JSON array: each ruling, articlesInCommon, termsInCommon, sameOutcome")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
        }
        List<SimilarRuling> similar;
        try (RulingSearcher searcher = index.open()) {
            similar = searcher.similar(id, limit);
        }
        Output.print(similar, json, out -> print(similar, out));
        return 0;
    }

    private void print(List<SimilarRuling> similar, PrintWriter out) {
        out.printf("%d ruling%s close to %s%n", similar.size(), similar.size() == 1 ? "" : "s", id);
        int rank = 0;
        for (SimilarRuling s : similar) {
            Hit hit = s.ruling();
            out.printf("%n%s%n", RulingPrinter.hitLine(++rank, hit));
            if (!s.articlesInCommon().isEmpty()) {
                out.println("    articles in common: " + String.join(", ", s.articlesInCommon()));
            }
            if (!s.termsInCommon().isEmpty()) {
                out.println("    words in common: " + String.join(", ", s.termsInCommon()));
            }
            if (s.sameOutcome()) {
                out.println("    same outcome");
            }
        }
    }
}
