package fr.arretiste.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench.svg, written by hand (no charting library for two bar charts): rulings per second of each phase
 * with a line at the floor's rate, then the search latencies, cold and warm.
 */
public final class BenchChart {
    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 420;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;
    private static final int TITLE_HEIGHT = 34;
    private static final String BAR = "#4a7ab5", FLOOR = "#8a8a8a", LATENCY = "#c0703a";

    private record Bar(String label, double value, String unit, String color) {
    }

    private BenchChart() {
    }

    public static String svg(BenchResult run) {
        List<Bar> throughput = new ArrayList<>();
        for (PhaseRow row : run.rows()) {
            if (row.rulingsPerSecond() != null) {
                boolean floor = row.label().equals(Phase.FLOOR.label());
                throughput.add(new Bar(row.label().strip(), row.rulingsPerSecond(), "rulings/s", floor ? FLOOR : BAR));
            }
        }
        List<Bar> latency = run.phase(Phase.SEARCH).map(PhaseResult::search).map(s -> List.of(
                new Bar("cold median", s.coldMedianMs(), "ms", LATENCY), new Bar("cold p99", s.coldP99Ms(), "ms", LATENCY),
                new Bar("warm median", s.warmMedianMs(), "ms", LATENCY), new Bar("warm p99", s.warmP99Ms(), "ms", LATENCY)))
                .orElse(List.of());
        Double floor = run.floorRate();

        StringBuilder body = new StringBuilder();
        int y = text(body, 10, 22, 15, "bold", format("arretiste bench: %d rulings, %d CPUs, -Xmx%s, %s",
                run.rulings(), run.cpus(), run.xmx(), run.date()));
        y = chart(body, y + 10, "Throughput (rulings/s)", throughput, floor);
        if (!latency.isEmpty()) {
            y = chart(body, y + 10, "Search latency (ms), 20 hits with snippets and facets", latency, null);
        }
        return format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n%s</svg>%n",
                WIDTH, y + 10, WIDTH, y + 10, body);
    }

    /** One bar chart from {@code top}, scaled to its largest value, with a dashed line at {@code reference} if any; returns its bottom. */
    private static int chart(StringBuilder svg, int top, String title, List<Bar> bars, Double reference) {
        text(svg, 10, top + 20, 13, "bold", title);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (reference != null) {
            max = Math.max(max, reference);
        }
        int y = top + TITLE_HEIGHT;
        for (Bar bar : bars) {
            double width = max > 0 ? bar.value() / max * BAR_WIDTH : 0;
            text(svg, 10, y + 13, 12, "normal", bar.label());
            svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    LABEL_WIDTH, y, width, BAR_HEIGHT, bar.color()));
            text(svg, (int) (LABEL_WIDTH + width + 6), y + 13, 12, "normal", format("%.1f %s", bar.value(), bar.unit()));
            y += ROW_HEIGHT;
        }
        if (reference != null && max > 0) {
            double x = LABEL_WIDTH + reference / max * BAR_WIDTH;
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-dasharray=\"4 3\"/>%n",
                    x, top + TITLE_HEIGHT - 6, x, y));
            text(svg, (int) x - 12, top + TITLE_HEIGHT - 9, 11, "normal", "floor");
        }
        return y;
    }

    /** A line of text; returns its baseline. */
    private static int text(StringBuilder svg, int x, int y, int size, String weight, String text) {
        svg.append(format("<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\">%s</text>%n", x, y, size, weight, escape(text)));
        return y;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
