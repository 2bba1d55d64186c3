package fr.arretiste.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.util.FileSystemUtils;

/**
 * {@code arretiste bench}: makes (or reuses) the corpus, runs every {@link Phase} on it in its own JVM,
 * and writes bench.json and bench.svg to the output folder.
 */
public final class Benchmark {
    /** Where the corpus comes from ({@code scaler}, {@code source}), how the phases run and which run. */
    public record Options(int rulings, String xmx, Path scaler, Path source, Path out, int warmupPasses, int passes,
            Set<Phase> phases) {
    }

    private Benchmark() {
    }

    public static BenchResult run(Options o, PhaseRunner runner, PrintStream log) throws IOException, InterruptedException {
        CorpusMaker.Corpus corpus = CorpusMaker.make(o.scaler(), o.source(), o.out().resolve("corpus-" + o.rulings()), o.rulings(), log);
        BenchSetup setup = new BenchSetup(corpus.dir(), o.out(), o.warmupPasses(), o.passes());
        String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<PhaseResult> results = new ArrayList<>();
        for (Phase phase : o.phases()) {
            log.printf("bench: %s, %d rulings, -Xmx%s%n", phase.label(), corpus.rulings(), o.xmx());
            results.add(runner.run(phase, setup));
            if (phase == Phase.FLOOR) {
                FileSystemUtils.deleteRecursively(setup.floorIndex());
            }
        }
        return new BenchResult(date, Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), o.xmx(),
                corpus.rulings(), corpus.megabytes(), corpus.dir().toString(), results);
    }

    /** bench.json and bench.svg in {@code out}; returns their paths. */
    public static List<Path> write(BenchResult run, Path out) throws IOException {
        Path json = Files.writeString(out.resolve("bench.json"), BenchReport.json(run), StandardCharsets.UTF_8);
        Path svg = Files.writeString(out.resolve("bench.svg"), BenchChart.svg(run), StandardCharsets.UTF_8);
        return List.of(json, svg);
    }
}
