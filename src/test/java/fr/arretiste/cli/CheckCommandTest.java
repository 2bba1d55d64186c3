package fr.arretiste.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.batch.OutputLock;
import fr.arretiste.testing.TrivialExtraction;

/** {@code check} after {@code import}, on the command line: 0 when the outputs agree, 1 when they do not or an import runs. */
class CheckCommandTest {
    private static final Path SHARED = Path.of("/work/shared/data/rulings");

    @Test
    void exitsWithOneOnADisagreementOrWhileAnImportRuns(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("ca-dijon-2024-10-22-24-00354.txt", "ca-douai-2022-12-08-21-01153.txt")) {
            Files.copy(SHARED.resolve(name), corpus.resolve(name));
        }
        String index = tmp.resolve("output/index").toString();
        assertEquals(0, Main.run("import", corpus.toString(), "--index", index,
                "--spring.main.sources=" + TrivialExtraction.class.getName()));

        assertEquals(0, Main.run("check", "--index", index));
        try (OutputLock running = OutputLock.acquire(tmp.resolve("output"), "import")) {
            assertEquals(1, Main.run("check", "--index", index));
        }
        Files.writeString(tmp.resolve("output/rulings.jsonl"), "");
        assertEquals(1, Main.run("check", "--index", index));
    }
}
