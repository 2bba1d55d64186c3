package fr.arretiste.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.arretiste.index.CommittedIndex;

/**
 * {@code arretiste import} in a JVM of its own, on the test class path (so with
 * {@link TrivialExtraction} in place of the extractors) and a heap of 512 MB: what a test needs
 * to bound memory for real, or to kill an import with SIGKILL. Its output goes to {@code log}.
 */
public final class ImportProcess {
    public static final String HEAP = "-Xmx512m";
    private static final long TIMEOUT_MINUTES = 5;

    private final Process process;
    private final Path log;

    private ImportProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code import CORPUS --index INDEX ARGS}; {@code jvmOptions} go before the class (-D...). */
    public static ImportProcess start(Path corpus, Path index, Path log, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), HEAP,
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of("fr.arretiste.cli.Main", "import", corpus.toString(), "--index", index.toString(),
                "--spring.main.sources=" + TrivialExtraction.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ImportProcess(process, log);
    }

    /**
     * Starts the import slowed down (chunks of 5, 25 ms per file) and kills it once its index holds
     * {@code rulings} rulings: mid-run, after some chunks were committed.
     */
    public static void killWhenIndexed(Path corpus, Path index, Path log, int rulings, String... args)
            throws IOException, InterruptedException {
        ImportProcess run = slow(corpus, index, log, args);
        while (run.isAlive() && CommittedIndex.count(index) < rulings) {
            Thread.sleep(10);
        }
        run.killAlive();
    }

    /**
     * Starts the import slowed down and kills it as soon as it says where it resumes: when the step
     * has begun reading, before its first commit.
     */
    public static void killWhenResuming(Path corpus, Path index, Path log, String... args)
            throws IOException, InterruptedException {
        ImportProcess run = slow(corpus, index, log, args);
        while (run.isAlive() && !run.output().contains("resuming after")) {
            Thread.sleep(5);
        }
        run.killAlive();
    }

    private static ImportProcess slow(Path corpus, Path index, Path log, String... args) throws IOException {
        return start(corpus, index, log, List.of("-Darretiste.import.chunk-size=5", "-Darretiste.test.extraction-delay-ms=25"),
                args);
    }

    private void killAlive() throws IOException, InterruptedException {
        if (!isAlive()) {
            throw new AssertionError("the import ended before it could be killed: " + output());
        }
        kill();
    }

    /** Waits for the end; the exit status. */
    public int waitFor() throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            kill();
            throw new AssertionError("import still running after " + TIMEOUT_MINUTES + " min: " + output());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as the OOM killer or a power cut would: no shutdown hook runs. Returns when it is dead. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }
}
