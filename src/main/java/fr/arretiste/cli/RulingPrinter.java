package fr.arretiste.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Judge;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.LowerCourt;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.search.Hit;

/** A ruling for a person to read: one labelled line per value, "-" for what the ruling does not give. */
final class RulingPrinter {
    private static final String LABEL = "%-12s ";
    private static final String ABSENT = "-";

    private RulingPrinter() {
    }

    static void print(Ruling r, PrintWriter out) {
        out.println(r.id());
        line(out, "court", court(r.court()));
        line(out, "chamber", r.chamber());
        line(out, "date", r.date());
        line(out, "decision", r.decisionType());
        line(out, "numbers", numbers(r.caseNumbers()));
        lines(out, "lower court", each(r.lowerCourt()).stream().map(RulingPrinter::lowerCourt).toList());
        lines(out, "parties", each(r.parties()).stream().map(RulingPrinter::party).toList());
        line(out, "judges", each(r.judges()).stream().map(RulingPrinter::judge).collect(Collectors.joining(", ")));
        line(out, "clerk", r.clerk());
        lines(out, "amounts", each(r.amounts()).stream().map(RulingPrinter::amount).toList());
        lines(out, "citations", each(r.citations()).stream().map(RulingPrinter::citation).toList());
        line(out, "outcome", r.outcome() == null ? null : r.outcome().solution());
        line(out, "source", r.source() + " (" + r.mediaType() + ", sha256 " + r.sha256() + ")");
        if (r.outcome() != null && r.outcome().dispositif() != null) {
            out.println("dispositif");
            r.outcome().dispositif().lines().map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(l -> out.println("  " + l));
        }
    }

    /** A hit on one line: rank, id, court, date, numbers, outcome and score. */
    static String hitLine(int rank, Hit hit) {
        return String.format("%2d. %s  %s  %s  %s  %s  (score %.2f)", rank, hit.id(),
                orAbsent(hit.court() == null ? null : hit.court().name()), orAbsent(hit.date()),
                orAbsent(numbers(hit.caseNumbers())), orAbsent(hit.outcome()), hit.score());
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf(LABEL + "%s%n", label, orAbsent(value));
    }

    /** The first value beside the label, the others aligned under it. */
    private static void lines(PrintWriter out, String label, List<String> values) {
        line(out, label, values.isEmpty() ? null : values.get(0));
        values.stream().skip(1).forEach(v -> out.printf(LABEL + "%s%n", "", v));
    }

    static String court(Court c) {
        return c == null ? null : spaced(c.name(), "(" + commas(c.kind(), c.city()) + ")");
    }

    static String lowerCourt(LowerCourt c) {
        return commas(c.court(), c.city(), c.date(), c.number());
    }

    static String party(Party p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.role() + ": " + p.name() + " (" + commas(p.legalForm(), p.kind()) + ")");
        List<String> lawyers = each(p.lawyers()).stream().map(RulingPrinter::lawyer).toList();
        if (!lawyers.isEmpty()) {
            parts.add("lawyers " + String.join(", ", lawyers));
        }
        return String.join("; ", parts);
    }

    private static String lawyer(Lawyer l) {
        return l.bar() == null ? l.name() : l.name() + " (" + l.bar() + ")";
    }

    private static String judge(Judge j) {
        return j.function() == null ? j.name() : j.name() + " (" + j.function() + ")";
    }

    static String amount(Amount a) {
        return spaced(a.value() == null ? null : a.value().toPlainString(), a.currency(), a.tax())
                + " (" + a.category() + ") \"" + a.text() + "\"";
    }

    private static String citation(CitedArticle c) {
        return spaced(c.article(), c.source());
    }

    static String numbers(List<CaseNumber> numbers) {
        return numbers.isEmpty() ? null
                : numbers.stream().map(n -> n.kind() + " " + n.value()).collect(Collectors.joining(", "));
    }

    static String orAbsent(String value) {
        return value == null || value.isBlank() ? ABSENT : value;
    }

    /** The values present, separated by commas. */
    private static String commas(String... values) {
        return joined(", ", values);
    }

    /** The values present, separated by spaces. */
    private static String spaced(String... values) {
        return joined(" ", values);
    }

    private static String joined(String separator, String[] values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(separator));
    }

    private static <T> List<T> each(List<T> list) {
        return list == null ? List.of() : list;
    }
}
