package fr.arretiste.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the reference scorer, ../shared/tools/score.py, with python3; the calling test is skipped when either is missing. */
final class ScorePy {
    private ScorePy() {
    }

    /** Asserts that score.py prints, for the JSONL, exactly the lines, JSON and summary the Java port prints for its evaluation. */
    static void assertAgrees(Evaluation evaluation, Path jsonl, Path data) throws IOException, InterruptedException {
        String python = run(jsonl, data, "--json");
        ScoreReport report = new ScoreReport(evaluation, Map.of());
        List<String> java = new ArrayList<>(report.lines());
        java.add(report.json());
        java.add(report.summary());
        assertEquals(String.join("\n", java) + "\n", python);
    }

    /** Standard output of {@code python3 score.py PREDICTIONS DATA ARGS...}. */
    static String run(Path predictions, Path data, String... args) throws IOException, InterruptedException {
        Path script = SharedFolder.resolve("tools/score.py").orElse(null);
        assumeTrue(script != null, "no ../shared/tools/score.py");
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), predictions.toString(), data.toString()));
        command.addAll(List.of(args));
        Process python;
        try {
            python = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "no python3: " + e.getMessage());
            throw e;
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(1, TimeUnit.MINUTES)) {
            python.destroyForcibly();
            throw new IOException("score.py did not finish");
        }
        return out;
    }
}
