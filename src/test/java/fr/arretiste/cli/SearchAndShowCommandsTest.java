package fr.arretiste.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.index.SampleRulings;
import fr.arretiste.ruling.RulingJson;
import tools.jackson.databind.JsonNode;

class SearchAndShowCommandsTest {
    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void index() throws IOException {
        SampleRulings.index(dir);
        index = dir.toString();
    }

    @Test
    void searchPrintsTheHitsAndTheirFacetsAsJson() {
        CommandRun run = run("search", "rg:\"21/01153\"", "--index", index, "--json");

        assertEquals(0, run.status());
        JsonNode result = RulingJson.mapper().readTree(run.out());
        assertEquals(1, result.get("totalHits").asInt());
        assertEquals(SampleRulings.DOUAI, result.get("hits").get(0).get("id").asString());
        assertEquals("Cour d'appel de Douai", result.get("facets").get("court").get(0).get("label").asString());
    }

    @Test
    void searchPrintsACountThenOneLinePerHitForPeople() {
        CommandRun run = run("search", "interdiction", "--court", "cassation", "--index", index);

        assertEquals(0, run.status());
        assertEquals("1 ruling", run.out().lines().findFirst().orElseThrow());
        assertEquals(" 1. cass-2024-10-23-23-86670  Cour de cassation  2024-10-23  pourvoi 23-86.670  rejet",
                run.out().lines().skip(2).findFirst().orElseThrow().replaceAll("  \\(score .*\\)$", ""));
    }

    @Test
    void showPrintsTheStoredRuling() {
        CommandRun run = run("show", SampleRulings.DIJON, "--index", index, "--json");

        assertEquals(0, run.status());
        assertEquals(SampleRulings.dijon().ruling(), RulingJson.read(run.out().strip()));
    }

    @Test
    void aMalformedQueryIsAUsageError() {
        CommandRun run = run("search", "date:[2022 TO", "--index", index);

        assertEquals(2, run.status());
        assertEquals("invalid query: Cannot parse 'date:[2022 TO': Encountered \"<EOF>\" at line 1, column 13.",
                run.err().lines().findFirst().orElseThrow().replaceAll(" \\(a value with .*", ""));
    }

    @Test
    void aMissingIndexOrRulingIsAFailure() {
        Path nowhere = dir.resolve("nowhere");
        assertEquals(new CommandRun(1, "", "arretiste: no index in " + nowhere + " (build it with: arretiste import)\n"),
                run("search", "dépens", "--index", nowhere.toString()));
        assertEquals(new CommandRun(1, "", "arretiste: no ruling ca-nowhere in " + index + "\n"),
                run("show", "ca-nowhere", "--index", index));
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
