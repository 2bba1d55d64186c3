package fr.arretiste.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The synthetic data folder of src/test/resources/scoring, laid out in a temporary folder like
 * ../shared/data: truth/ and gold/ copied, rulings/ made of the empty files that rulings.txt names
 * (only their names matter to the scorer). predictions.jsonl is the extraction to score.
 */
public final class ScoringFixture {
    private ScoringFixture() {
    }

    public static Path dataDir(Path temp) throws IOException {
        Path source = resource("scoring");
        for (String folder : List.of("truth", "gold")) {
            Files.createDirectories(temp.resolve(folder));
            try (Stream<Path> files = Files.list(source.resolve(folder))) {
                files.forEach(f -> copy(f, temp.resolve(folder).resolve(f.getFileName().toString())));
            }
        }
        Files.createDirectories(temp.resolve("rulings"));
        for (String name : Files.readAllLines(source.resolve("rulings.txt"))) {
            Files.createFile(temp.resolve("rulings").resolve(name));
        }
        return temp;
    }

    public static Path predictions() {
        return resource("scoring/predictions.jsonl");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScoringFixture.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
