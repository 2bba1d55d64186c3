package fr.arretiste.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.ruling.RulingJson;
import fr.arretiste.search.SearchSamples;
import tools.jackson.databind.JsonNode;

class SimilarAndCompareCommandsTest {
    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void index() throws IOException {
        SearchSamples.index(dir);
        index = dir.toString();
    }

    @Test
    void similarPrintsTheClosestRulingsAndWhy() {
        CommandRun run = CommandRun.of("similar", SearchSamples.GRENOBLE, "--limit", "1", "--index", index);

        assertEquals(0, run.status());
        assertEquals(List.of("1 ruling close to ca-grenoble-2024-10-22-23-00189", "",
                " 1. ca-dijon-2024-10-22-24-00403  Cour d'appel de Dijon  2024-10-22  rg 24/00403, portalis "
                        + "DBVF-V-B7I-GMK7  confirmation",
                "    articles in common: 700 code de procédure civile", "    words in common: appel",
                "    same outcome"),
                run.out().lines().map(l -> l.replaceAll("  \\(score .*\\)$", "")).toList());
    }

    @Test
    void similarAsJson() {
        CommandRun run = CommandRun.of("similar", SearchSamples.DOUAI, "--index", index, "--json");

        JsonNode similar = RulingJson.mapper().readTree(run.out());
        assertEquals(4, similar.size());
        assertEquals(SearchSamples.GRENOBLE, similar.get(0).get("ruling").get("id").asString());
        assertEquals("jugement", similar.get(0).get("termsInCommon").get(0).asString());
    }

    @Test
    void comparePrintsTheRulingsSideBySide() {
        CommandRun run = CommandRun.of("compare", SearchSamples.DOUAI, SearchSamples.LYON, "--index", index);

        assertEquals(0, run.status());
        List<String> lines = run.out().lines().toList();
        assertEquals(row("", SearchSamples.DOUAI, SearchSamples.LYON), lines.get(0));
        assertEquals(row("outcome", "infirmation_partielle", "infirmation"),
                lines.stream().filter(l -> l.startsWith("outcome")).findFirst().orElseThrow());
        assertEquals(row("total granted", "42343.63 EUR", "1800 EUR"),
                lines.stream().filter(l -> l.startsWith("total granted")).findFirst().orElseThrow());
        assertEquals(List.of("provisions",
                row("all", "700 code de procédure civile", "700 code de procédure civile"),
                row("", "L1111-8 code de la santé publique", "").stripTrailing()),
                lines.subList(lines.indexOf("provisions"), lines.size()));
    }

    /** A line of the table: a label column of 14 characters, then columns of 44 and two spaces. */
    private static String row(String label, String first, String second) {
        return String.format("%-14s%-46s%s", label, first, second);
    }

    @Test
    void compareAsJsonAndItsErrors() {
        CommandRun json = CommandRun.of("compare", SearchSamples.DOUAI, SearchSamples.DIJON, "--index", index, "--json");
        assertEquals(2, RulingJson.mapper().readTree(json.out()).get("rulings").size());

        assertEquals(2, CommandRun.of("compare", SearchSamples.DOUAI, "--index", index).status());
        assertEquals(new CommandRun(1, "", "arretiste: no ruling ca-nowhere in the index\n"),
                CommandRun.of("compare", SearchSamples.DOUAI, "ca-nowhere", "--index", index));
    }
}
