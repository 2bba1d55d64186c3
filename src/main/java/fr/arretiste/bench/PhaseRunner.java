package fr.arretiste.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.arretiste.extract.Engine;
import fr.arretiste.ruling.RulingJson;

/**
 * Runs each phase in a child JVM of its own (this JVM's java binary and jar, the same heap limit for
 * every phase) so that its peak heap and resident memory are its own; reads back the one JSON line
 * it prints. The child's messages pass through to standard error.
 */
public final class PhaseRunner {
    private final List<String> command;

    private PhaseRunner(List<String> command) {
        this.command = command;
    }

    /**
     * Children started as this JVM was: from its jar ({@code java -jar}) or, run from classes, from its class
     * path and {@code mainClass}; {@code childCommand} is the hidden subcommand that runs one phase.
     */
    public static PhaseRunner of(String xmx, String mainClass, String childCommand) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "--enable-native-access=ALL-UNNAMED"));
        String engine = System.getProperty(Engine.PROPERTY);
        if (engine != null) {
            command.add("-D" + Engine.PROPERTY + "=" + engine);
        }
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        command.add(childCommand);
        return new PhaseRunner(List.copyOf(command));
    }

    /** The arguments the child command takes after the phase: corpus, output folder, search passes. */
    static List<String> arguments(Phase phase, BenchSetup setup) {
        return List.of(phase.name(), setup.corpus().toString(), setup.out().toString(),
                "--warmup", String.valueOf(setup.warmupPasses()), "--passes", String.valueOf(setup.passes()));
    }

    PhaseResult run(Phase phase, BenchSetup setup) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(arguments(phase, setup));
        Process child = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = child.waitFor();
        if (exit != 0 || out.isEmpty()) {
            throw new IOException("phase " + phase.label() + " failed (exit " + exit + "; its messages are above)");
        }
        return RulingJson.mapper().readValue(out, PhaseResult.class);
    }
}
