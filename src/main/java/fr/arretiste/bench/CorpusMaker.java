package fr.arretiste.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark's corpus: N plain-text rulings made from the project's corpus by the shared scaler
 * ({@code python3 scale_corpus.py SOURCE DIR N}), each a real ruling with new case numbers. A folder
 * that already holds N files is reused.
 */
public final class CorpusMaker {
    /** A corpus made: its folder, its files and their total size in megabytes (10^6 bytes). */
    public record Corpus(Path dir, int rulings, double megabytes) {
    }

    private CorpusMaker() {
    }

    public static Corpus make(Path scaler, Path source, Path dir, int n, PrintStream log) throws IOException, InterruptedException {
        if (files(dir).size() != n) {
            Path script = scaler.toAbsolutePath().normalize();
            if (!Files.isRegularFile(script)) {
                throw new IOException("no corpus scaler at " + script + " (give its path with --scaler)");
            }
            Path python = python3().orElseThrow(() -> new IOException("python3 is not on the PATH; it runs the corpus scaler " + script));
            if (!Files.isDirectory(source)) {
                throw new IOException("no folder " + source.toAbsolutePath().normalize() + " to make the corpus from");
            }
            log.printf("bench: making %d rulings in %s%n", n, dir);
            Process scale = new ProcessBuilder(python.toString(), script.toString(), source.toString(), dir.toString(), String.valueOf(n))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int exit = scale.waitFor();
            if (exit != 0 || files(dir).size() != n) {
                throw new IOException(script + " failed to make " + n + " rulings in " + dir + " (exit " + exit + ")");
            }
        }
        List<Path> files = files(dir);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new Corpus(dir, files.size(), bytes / 1e6);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).toList();
        }
    }

    private static Optional<Path> python3() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "python3")).filter(Files::isExecutable).findFirst();
    }
}
