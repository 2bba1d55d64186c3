package fr.arretiste.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.eval.ScoringFixture;

/**
 * {@code evaluate --predictions} on the synthetic data folder: --min bounds decide the exit status and
 * the summary as in score.py; a bad DATA_DIR or FILE is a usage error (status 2, CLI.md).
 */
class EvaluateCommandTest {
    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of(List.of(), 0, "all bounds met"),
                Arguments.of(List.of("--min", "coverage=0.75", "rg.f1=0.2"), 0, "all bounds met"),
                Arguments.of(List.of("--min", "coverage=0.76", "rg.f1=0.3"), 1, "short of bound on coverage, rg.f1"),
                Arguments.of(List.of("--min", "parties.f1=0", "--min", "dates=0"), 1, "short of bound on dates"));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void boundsSetTheExitStatus(List<String> minimums, int status, String verdict, @TempDir Path temp) throws Exception {
        Path data = ScoringFixture.dataDir(temp);
        String[] args = Stream.concat(Stream.of("evaluate", data.toString(), "--predictions", ScoringFixture.predictions().toString()),
                minimums.stream()).toArray(String[]::new);
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(status, Main.run(args));
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("summary: 6 records for 8 inputs, 3 gold; " + verdict, lines.getLast());
    }

    @Test
    void aFolderWithoutRulingsOrAMissingPredictionsFileIsAUsageError(@TempDir Path temp) throws Exception {
        assertEquals(2, Main.run("evaluate", temp.toString()));
        Path data = ScoringFixture.dataDir(temp);
        assertEquals(2, Main.run("evaluate", data.toString(), "--predictions", temp.resolve("none.jsonl").toString()));
    }
}
