package fr.arretiste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import fr.arretiste.search.Comparison;
import fr.arretiste.search.Comparison.Column;
import fr.arretiste.search.Comparison.Provision;
import fr.arretiste.search.RulingSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Rulings side by side: courts, dates, outcomes, parties and roles, sums claimed against sums "
                + "granted, provisions cited by all or by some only.")
final class CompareCommand implements Callable<Integer> {
    /** Characters per column: two or three rulings fit a wide terminal. */
    private static final int WIDTH = 44;

    @Parameters(arity = "2..*", paramLabel = "ID", description = "two or more rulings' ids")
    List<String> ids;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "one JSON object: rulings (one column each) and provisions")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Comparison comparison;
        try (RulingSearcher searcher = index.open()) {
            comparison = searcher.compare(ids);
        }
        Output.print(comparison, json, out -> print(comparison, out));
        return 0;
    }

    private static void print(Comparison comparison, PrintWriter out) {
        List<Column> rulings = comparison.rulings();
        Table table = new Table(out, rulings.size());
        table.row("", rulings.stream().map(c -> List.of(c.id())).toList());
        row(table, rulings, "court", c -> List.of(RulingPrinter.orAbsent(RulingPrinter.court(c.court()))));
        row(table, rulings, "chamber", c -> List.of(RulingPrinter.orAbsent(c.chamber())));
        row(table, rulings, "date", c -> List.of(RulingPrinter.orAbsent(c.date())));
        row(table, rulings, "numbers", c -> List.of(RulingPrinter.orAbsent(RulingPrinter.numbers(c.caseNumbers()))));
        row(table, rulings, "lower court", c -> c.lowerCourt().stream().map(RulingPrinter::lowerCourt).toList());
        row(table, rulings, "outcome", c -> List.of(RulingPrinter.orAbsent(c.outcome())));
        row(table, rulings, "parties", c -> c.parties().stream().map(RulingPrinter::party).toList());
        row(table, rulings, "claimed", c -> c.claimed().stream().map(RulingPrinter::amount).toList());
        row(table, rulings, "total claimed", c -> List.of(euros(c.totalClaimed())));
        row(table, rulings, "granted", c -> c.granted().stream().map(RulingPrinter::amount).toList());
        row(table, rulings, "total granted", c -> List.of(euros(c.totalGranted())));
        out.println();
        out.println("provisions");
        for (Provision p : comparison.provisions()) {
            String label = p.source() == null ? p.article() : p.article() + " " + p.source();
            table.row(p.inAll() ? "all" : "", rulings.stream()
                    .map(c -> List.of(p.citedBy().contains(c.id()) ? label : "")).toList());
        }
    }

    private static void row(Table table, List<Column> rulings, String label, Function<Column, List<String>> cell) {
        table.row(label, rulings.stream().map(cell).map(lines -> lines.isEmpty() ? List.of("-") : lines).toList());
    }

    private static String euros(BigDecimal sum) {
        return sum.signum() == 0 ? "-" : sum.toPlainString() + " EUR";
    }

    /** Cells side by side, each line of a cell wrapped at {@link #WIDTH}, under a label column. */
    private record Table(PrintWriter out, int columns) {
        private static final String LABEL = "%-14s";

        void row(String label, List<List<String>> cells) {
            List<List<String>> wrapped = cells.stream().map(Table::wrap).toList();
            int height = wrapped.stream().mapToInt(List::size).max().orElse(0);
            for (int line = 0; line < height; line++) {
                StringBuilder text = new StringBuilder(String.format(LABEL, line == 0 ? label : ""));
                for (List<String> cell : wrapped) {
                    text.append(String.format("%-" + WIDTH + "s  ", line < cell.size() ? cell.get(line) : ""));
                }
                out.println(text.toString().stripTrailing());
            }
        }

        /** Each value on lines of at most WIDTH characters, cut between words where possible. */
        private static List<String> wrap(List<String> values) {
            List<String> lines = new ArrayList<>();
            for (String value : values) {
                String rest = value;
                while (rest.length() > WIDTH) {
                    int cut = rest.lastIndexOf(' ', WIDTH);
                    cut = cut < WIDTH / 2 ? WIDTH : cut; // no space to cut at: cut the word
                    lines.add(rest.substring(0, cut));
                    rest = "  " + rest.substring(cut).strip();
                }
                lines.add(rest);
            }
            return lines;
        }
    }
}
