package fr.arretiste.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where an import reads and writes: the input folders, the index folder, and the outputs beside
 * the index, in its parent folder ({@code output/index} gives {@code output/rulings.jsonl}...).
 * Paths are absolute so that a restart from another working folder finds the same files.
 */
public record ImportPaths(List<Path> inputs, Path index) {
    public ImportPaths {
        inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        index = index.toAbsolutePath().normalize();
    }

    /** The inverse of {@link #inputList()}. */
    public static ImportPaths parse(String inputList, String index) {
        return new ImportPaths(Arrays.stream(inputList.split(File.pathSeparator)).map(Path::of).toList(), Path.of(index));
    }

    /** The input folders in one string, as a path list ({@code a:b} on Unix). */
    public String inputList() {
        return String.join(File.pathSeparator, inputs.stream().map(Path::toString).toList());
    }

    public Path output() {
        return index.getParent();
    }

    public Path rulings() {
        return output().resolve("rulings.jsonl");
    }

    public Path rejects() {
        return output().resolve("rejects.jsonl");
    }

    public Path report() {
        return output().resolve("report.json");
    }

    /** Deletes the index and the outputs of earlier runs; the job repository stays, as the history of runs. */
    public void deleteOutputs() throws IOException {
        if (Files.isDirectory(index)) {
            try (Stream<Path> tree = Files.walk(index)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Path file : List.of(rulings(), rejects(), report())) {
            Files.deleteIfExists(file);
        }
    }
}
