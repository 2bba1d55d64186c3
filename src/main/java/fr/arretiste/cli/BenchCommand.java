package fr.arretiste.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import fr.arretiste.bench.BenchReport;
import fr.arretiste.bench.BenchResult;
import fr.arretiste.bench.BenchSetup;
import fr.arretiste.bench.Benchmark;
import fr.arretiste.bench.Phase;
import fr.arretiste.index.CommittedIndex;
import fr.arretiste.bench.PhaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark, run by hand: on one corpus of N plain-text rulings made from corpus/ by the shared "
                + "scaler (output/bench/corpus-N, reused), each phase in a JVM of its own with the same heap limit: "
                + "(a) the floor, Tika and Lucene's French indexing only; (b) the full import; (b2) the incremental "
                + "re-run over the unchanged corpus; (c) Tika and extraction, no index; (d) search latency on the "
                + "imported index, 50 fixed queries, cold and warm.",
                "Prints the table (time, rulings/s, MB/s, %% of the floor, peak heap and resident memory; search "
                + "median and p99) and writes output/bench/bench.json and bench.svg. Progress on standard error."})
final class BenchCommand implements Callable<Integer> {
    static final Path OUT = Path.of("output", "bench");

    @Option(names = "--rulings", paramLabel = "N", defaultValue = "20000",
            description = "rulings in the corpus (default: ${DEFAULT-VALUE}; 200000 for the large run)")
    int rulings;

    @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "512m",
            description = "the heap limit of every phase's JVM (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--scaler", paramLabel = "PATH", defaultValue = "../shared/tools/scale_corpus.py",
            description = "the corpus scaler (default: ${DEFAULT-VALUE})")
    Path scaler;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "search passes run after the cold one and not measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "10",
            description = "warm search passes measured (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--skip", paramLabel = "PHASE", split = ",",
            description = "phases not to run: floor, import, incremental, extraction, search (e.g. --skip floor,extraction "
                    + "for a 200,000-ruling run that measures the import, its re-run, memory and search); without the "
                    + "import, the re-run and the search use the index the last import of the same corpus left")
    Set<Phase> skip = EnumSet.noneOf(Phase.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rulings < 1 || warmup < 0 || passes < 1) {
            throw new ParameterException(spec.commandLine(), "--rulings and --passes must be 1 or more, --warmup 0 or more");
        }
        if (!xmx.matches("\\d+[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--xmx is a heap size such as 512m or 2g, not " + xmx);
        }
        if (skip.contains(Phase.IMPORT) && !skip.containsAll(EnumSet.of(Phase.INCREMENTAL, Phase.SEARCH))
                && !CommittedIndex.exists(BenchSetup.index(OUT))) {
            throw new ParameterException(spec.commandLine(), "the re-run and the search read the index the full import "
                    + "builds, and there is none in " + BenchSetup.index(OUT) + ": run the import phase");
        }
        Set<Phase> phases = EnumSet.allOf(Phase.class);
        phases.removeAll(skip);
        Benchmark.Options options = new Benchmark.Options(rulings, xmx, scaler, Path.of("corpus"), OUT, warmup, passes, phases);
        BenchResult run = Benchmark.run(options, PhaseRunner.of(xmx, Main.class.getName(), BenchPhaseCommand.NAME), System.err);
        List<Path> written = Benchmark.write(run, OUT);
        var out = Output.utf8();
        out.print(BenchReport.table(run));
        out.flush();
        System.err.println("bench: wrote " + written.get(0) + " and " + written.get(1));
        return 0;
    }
}
