package fr.arretiste.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.arretiste.index.RulingIndex;
import fr.arretiste.testing.TrivialExtraction;

/** {@code check} on the outputs of an import, as they were written, then damaged in each way it must name. */
@SpringBootTest(classes = {ImportApplication.class, TrivialExtraction.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:importcheck;DB_CLOSE_DELAY=-1", "arretiste.import.chunk-size=2", "spring.main.banner-mode=off"})
class ImportCheckTest {
    private static final Path SHARED = Path.of("/work/shared/data/rulings");

    @TempDir
    Path tmp;
    ImportPaths paths;
    List<String> ids;
    List<String> lines;

    @Autowired
    ImportLauncher launcher;
    @Autowired
    ImportCheck check;

    @BeforeEach
    void imported() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("ca-dijon-2024-10-22-24-00354.txt", "ca-douai-2022-12-08-21-01153.txt",
                "ca-lyon-2024-10-22-20-06085.txt")) {
            Files.copy(SHARED.resolve(name), corpus.resolve(name));
        }
        paths = new ImportPaths(List.of(corpus), tmp.resolve("output/index"));
        launcher.run(paths, false);
        ids = ImportOutputs.of(paths).indexIds();
        lines = Files.readAllLines(paths.rulings());
    }

    @Test
    void outputsAsWrittenAgree() throws IOException {
        ImportCheck.Result result = check.check(paths.index());

        assertEquals(List.of(), result.disagreements());
        assertThat(result.summary()).startsWith("3 rulings in " + paths.index() + "; 3 lines in rulings.jsonl; 3 in the manifest; "
                + "last import COMPLETED (job instance ");
    }

    @Test
    void aLineMissingOrTwiceInRulingsJsonlIsNamed() throws IOException {
        Files.write(paths.rulings(), List.of(lines.get(0), lines.get(0), lines.get(1)));

        assertEquals(List.of("1 in the index, not in rulings.jsonl: " + ids.get(2), "1 twice in rulings.jsonl: " + ids.get(0)),
                check.check(paths.index()).disagreements());
    }

    @Test
    void aRulingMissingFromTheIndexIsNamed() throws IOException {
        try (RulingIndex index = RulingIndex.open(paths.index())) {
            index.delete(ids.get(1));
        }

        assertEquals(List.of("1 in rulings.jsonl, not in the index: " + ids.get(1),
                "1 in the manifest of the job repository, not in the index: " + ids.get(1),
                "job repository: the last import recorded 3 rulings, the index holds 2"), check.check(paths.index()).disagreements());
    }

    @Test
    void aDamagedIndexFileIsNamed() throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(paths.index())) {
            largest = files.max(Comparator.comparingLong(ImportCheckTest::size)).orElseThrow();
        }
        try (FileChannel file = FileChannel.open(largest, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(new byte[] {0x13, 0x37, 0x13, 0x37}), file.size() / 2);
        }

        List<String> disagreements = new ArrayList<>(check.check(paths.index()).disagreements());
        assertThat(disagreements.getFirst()).startsWith("index: CheckIndex: 1 of ").endsWith(" documents lost");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
