package fr.arretiste.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import fr.arretiste.bench.BenchSetup;
import fr.arretiste.bench.Phase;
import fr.arretiste.bench.PhaseChild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One phase of {@code bench}, in the child JVM that {@code bench} starts for it; not for people. */
@Command(name = BenchPhaseCommand.NAME, hidden = true, description = "One phase of bench, in a JVM of its own.")
final class BenchPhaseCommand implements Callable<Integer> {
    static final String NAME = "bench-phase";

    @Parameters(index = "0")
    Phase phase;

    @Parameters(index = "1")
    Path corpus;

    @Parameters(index = "2")
    Path out;

    @Option(names = "--warmup", required = true)
    int warmup;

    @Option(names = "--passes", required = true)
    int passes;

    @Override
    public Integer call() throws Exception {
        PhaseChild.run(phase, new BenchSetup(corpus, out, warmup, passes));
        return 0;
    }
}
