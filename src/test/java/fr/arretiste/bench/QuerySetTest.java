package fr.arretiste.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.search.Filters;
import fr.arretiste.search.RulingSearcher;
import fr.arretiste.search.SearchRequest;
import fr.arretiste.search.SearchSamples;

/** The search phase's query set: it loads, its lines read as the header of queries.txt says, and every query runs. */
class QuerySetTest {
    /** A value per kind, as a test's table; one with a quote, which a phrase must escape. */
    private static final QuerySet.Values VALUES = (kind, n) -> Map.of("rg", "21/0115" + n % 10, "party", "SARL \"Le Bon\" " + n).get(kind);

    @Test
    void everyQueryOfTheSetRunsOnAnIndexWithValuesReadFromIt(@TempDir Path dir) throws IOException {
        SearchSamples.index(dir);
        QuerySet set = QuerySet.load();
        assertEquals(50, set.size());
        List<SearchRequest> requests;
        try (IndexValues values = IndexValues.open(dir)) {
            requests = set.resolve(values);
        }
        try (RulingSearcher searcher = RulingSearcher.open(dir)) {
            for (SearchRequest request : requests) {
                assertTrue(searcher.search(request).totalHits() >= 0, request.toString()); // an invalid query throws
            }
        }
    }

    @Test
    void linesReadAsQueryFiltersOrderAndValues() throws IOException {
        List<String> lines = List.of(
                "# a comment",
                "",
                "rg:\"{rg:3}\"",
                "party:\"{party:1}\"",
                "appel | court=cour_appel | outcome=confirmation | min=1000",
                "contrat de travail | from=2024-01 | to=2024-12",
                "| sort=date",
                "dépens | party={party:2} | sort=date");
        assertEquals(List.of(
                new SearchRequest("rg:\"21/01153\"", Filters.NONE, 20),
                new SearchRequest("party:\"SARL \\\"Le Bon\\\" 1\"", Filters.NONE, 20),
                new SearchRequest("appel", Filters.NONE.amounts("1000", null).with("court", "cour_appel").with("outcome", "confirmation"), 20),
                new SearchRequest("contrat de travail", Filters.NONE.dates("2024-01", "2024-12"), 20),
                new SearchRequest("", Filters.NONE, SearchRequest.Order.DATE, 0, 20),
                new SearchRequest("dépens", Filters.NONE.with("party", "SARL \"Le Bon\" 2"), SearchRequest.Order.DATE, 0, 20)),
                QuerySet.parse(lines).resolve(VALUES));
    }

    @Test
    void anUnknownOptionOrPlaceholderIsRefusedWithItsLine() {
        assertEquals("queries.txt line 2: 'colour=red' is not one of KEY=VALUE with KEY in "
                + Filters.FIELDS + ", from, to, min, max, sort",
                assertThrows(IllegalArgumentException.class, () -> QuerySet.parse(List.of("dépens", "appel | colour=red"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QuerySet.parse(List.of("x:\"{colour:1}\"")))
                .getMessage().startsWith("queries.txt line 1: no placeholder {colour:N}"));
    }
}
