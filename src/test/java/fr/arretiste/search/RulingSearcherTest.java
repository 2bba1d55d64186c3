package fr.arretiste.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.IndexNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.arretiste.index.RulingIndex;
import fr.arretiste.index.SampleRulings;

class RulingSearcherTest {
    private static final String DOUAI = SampleRulings.DOUAI;
    private static final String DIJON = SampleRulings.DIJON;
    private static final String CASSATION = SampleRulings.CASSATION;

    @TempDir
    static Path dir;
    static RulingSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        SampleRulings.index(dir);
        searcher = RulingSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rg:"21/01153"                                  | ca-douai-2022-12-08-21-01153
            rg:21-01153                                    | ca-douai-2022-12-08-21-01153
            portalis:"DBVF-V-B7I-GMK7"                     | ca-dijon-2024-10-22-24-00403
            pourvoi:23-86.670                              | cass-2024-10-23-23-86670
            article:"700 code de procédure civile"         | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403
            article:700                                    | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403
            article:"L. 1111-8 code de la santé publique"  | ca-douai-2022-12-08-21-01153
            article:"700 code civil"                       |
            date:[2022-01-01 TO 2022-12-31]                | ca-douai-2022-12-08-21-01153
            date:2024                                      | ca-dijon-2024-10-22-24-00403 cass-2024-10-23-23-86670
            date:[2024-10-23 TO *]                         | cass-2024-10-23-23-86670
            date:{2022 TO 2024}                            |
            amount:[10000 TO 50000]                        | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403
            amount:{10000 TO 50000]                        | ca-douai-2022-12-08-21-01153
            amount:[50000 TO *]                            | ca-dijon-2024-10-22-24-00403
            amount:73,24                                   | ca-douai-2022-12-08-21-01153
            party:"D2L Informatique"                       | ca-douai-2022-12-08-21-01153
            party:maaf                                     | ca-dijon-2024-10-22-24-00403
            party:"[W] [I]"                                | cass-2024-10-23-23-86670
            party:"Informatique Pictime"                   |
            lawyer:"Anne-Sophie Poggi"                     | ca-douai-2022-12-08-21-01153
            judge:"viviane caullireau-forel"               | ca-dijon-2024-10-22-24-00403
            court:douai                                    | ca-douai-2022-12-08-21-01153
            court:cour_cassation                           | cass-2024-10-23-23-86670
            court:"Cour d'appel de Dijon"                  | ca-dijon-2024-10-22-24-00403
            city:Paris                                     | cass-2024-10-23-23-86670
            chamber:criminelle                             | cass-2024-10-23-23-86670
            outcome:"infirmation partielle"                | ca-douai-2022-12-08-21-01153
            depens                                         | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403
            "interdiction de paraître"                     | cass-2024-10-23-23-86670
            dépens AND party:maaf                          | ca-dijon-2024-10-22-24-00403
            condamne -court:dijon                          | ca-douai-2022-12-08-21-01153
            *:*                                            | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403 cass-2024-10-23-23-86670
            """)
    void findsExactlyTheRulingsTheQueryDescribes(String query, String ids) throws IOException {
        SearchResult result = searcher.search(SearchRequest.of(query));

        Set<String> expected = ids == null ? Set.of() : Set.of(ids.split(" "));
        assertEquals(expected.size(), result.totalHits());
        assertEquals(expected, result.hits().stream().map(Hit::id).collect(Collectors.toSet()));
    }

    @Test
    void ranksTheRulingThatRepeatsTheWordsFirst() throws IOException {
        SearchResult result = searcher.search(SearchRequest.of("\"article 700\" jugement"));

        assertEquals(1, result.totalHits());
        assertEquals(DOUAI, result.hits().get(0).id());
    }

    @Test
    void filtersNarrowTheQuery() throws IOException {
        Filters filters = Filters.NONE.with("court", "cour_appel").with("outcome", "confirmation")
                .with("article", "700").with("party", "[O] [W]").dates("2024", null);

        SearchResult result = searcher.search(new SearchRequest("dépens", filters, 10));

        assertEquals(List.of(DIJON), result.hits().stream().map(Hit::id).toList());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            chamber   | civile             | ca-dijon-2024-10-22-24-00403
            chamber   | Chambre 2 Section 1 | ca-douai-2022-12-08-21-01153
            lawyer    | Poggi              | ca-douai-2022-12-08-21-01153
            judge     | Dominique Gilles   | ca-douai-2022-12-08-21-01153
            party     | ''                 | ca-douai-2022-12-08-21-01153 ca-dijon-2024-10-22-24-00403 cass-2024-10-23-23-86670
            minAmount | 50000              | ca-dijon-2024-10-22-24-00403
            maxAmount | 100                | ca-douai-2022-12-08-21-01153
            """)
    void eachFilterNarrowsToItsRulings(String filter, String value, String ids) throws IOException {
        Filters filters = switch (filter) {
            case "minAmount" -> Filters.NONE.amounts(value, null);
            case "maxAmount" -> Filters.NONE.amounts(null, value);
            default -> Filters.NONE.with(filter, value);
        };

        SearchResult result = searcher.search(new SearchRequest("", filters, 10));

        assertEquals(Set.of(ids.split(" ")), result.hits().stream().map(Hit::id).collect(Collectors.toSet()));
    }

    @Test
    void anUnknownFilterIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Filters.NONE.with("rg", "21/01153"));
        assertEquals("no filter on 'rg' (the filters are court, chamber, outcome, article, party, lawyer, judge)",
                e.getMessage());
    }

    @Test
    void sortsByDateMostRecentFirstAndPages() throws IOException {
        SearchRequest firstTwo = new SearchRequest("", Filters.NONE, SearchRequest.Order.DATE, 0, 2);
        SearchRequest third = new SearchRequest("", Filters.NONE, SearchRequest.Order.DATE, 2, 5);

        assertEquals(List.of(CASSATION, DIJON), searcher.search(firstTwo).hits().stream().map(Hit::id).toList());
        SearchResult rest = searcher.search(third);
        assertEquals(List.of(DOUAI), rest.hits().stream().map(Hit::id).toList());
        assertEquals(3, rest.totalHits());
    }

    @Test
    void aHitCarriesItsIdentityAndAHighlightedSnippet() throws IOException {
        Hit hit = searcher.search(SearchRequest.of("interdiction")).hits().get(0);

        assertEquals(CASSATION, hit.id());
        assertEquals("Cour de cassation", hit.court().name());
        assertEquals("2024-10-23", hit.date());
        assertEquals("rejet", hit.outcome());
        assertEquals("23-86.670", hit.caseNumbers().get(0).value());
        assertEquals(true, hit.snippet().contains("**l'interdiction** de paraître"), hit.snippet());
    }

    @Test
    void countsFacetsOverEveryMatchingRuling() throws IOException {
        SearchResult result = searcher.search(new SearchRequest("", Filters.NONE, 1));

        assertEquals(1, result.hits().size());
        Map<String, List<FacetCount>> facets = result.facets();
        assertEquals(List.of("court", "year", "outcome", "article"), List.copyOf(facets.keySet()));
        assertEquals(List.of(new FacetCount("2024", 2), new FacetCount("2022", 1)), facets.get("year"));
        assertEquals(new FacetCount("700 code de procédure civile", 2), facets.get("article").get(0));
        assertEquals(4, facets.get("article").size());
    }

    @Test
    void getsTheStoredRuling() throws IOException {
        assertEquals(Optional.of(SampleRulings.dijon().ruling()), searcher.get(DIJON));
        assertEquals(Optional.empty(), searcher.get("ca-nowhere-2024-01-01-00-00000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rg:21/01153                       | invalid query: Cannot parse 'rg:21/01153': Lexical error at line 1, column 12.  Encountered: <EOF> after prefix "/01153" (in lexical state 2) (a value with spaces, slashes or colons goes between quotes, rg:"21/01153"; close every quote and bracket)
            juge:Gilles                       | invalid query: Cannot parse 'juge:Gilles': unknown field 'juge:' (the fields are text, rg, pourvoi, portalis, outcome, article, court, city, chamber, party, lawyer, judge, date, amount)
            date:[2022-13-01 TO 2023]         | invalid query: Cannot parse 'date:[2022-13-01 TO 2023]': no such date '2022-13-01'
            amount:[dix TO 20]                | invalid query: Cannot parse 'amount:[dix TO 20]': an amount is a number of euros such as 10000 or 7528,32, not 'dix'
            "article 700                      | invalid query: Cannot parse '"article 700': Lexical error at line 1, column 13.  Encountered: <EOF> after prefix "\\"article 700" (in lexical state 2) (a value with spaces, slashes or colons goes between quotes, rg:"21/01153"; close every quote and bracket)
            *ment                             | invalid query: Cannot parse '*ment': '*ment': a wildcard or a regular expression needs at least 2 letters before it
            c*                                | invalid query: Cannot parse 'c*': 'c': a wildcard or a regular expression needs at least 2 letters before it
            party:?aaf                        | invalid query: Cannot parse 'party:?aaf': '?aaf': a wildcard or a regular expression needs at least 2 letters before it
            /.*ment/                          | invalid query: Cannot parse '/.*ment/': '.*ment': a wildcard or a regular expression needs at least 2 letters before it
            text:[a TO z]                     | invalid query: Cannot parse 'text:[a TO z]': a range [A TO B] is for date: and amount: only
            """)
    void saysWhatIsWrongWithAQuery(String query, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of(query)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void boundsTheSizeOfAQuery() {
        String words = "dépens ".repeat(65);
        InvalidQueryException many = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of(words)));
        assertEquals("invalid query: the query has 65 words, phrases or ranges; at most 64 are searched at once",
                many.getMessage());
        String longQuery = "a".repeat(1001);
        InvalidQueryException tooLong = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of(longQuery)));
        assertEquals("invalid query: the query is longer than 1000 characters", tooLong.getMessage());
    }

    @Test
    void saysWhenThereIsNoIndex() {
        Path nowhere = dir.resolve("nowhere");
        IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> RulingSearcher.open(nowhere));
        assertEquals("no index in " + nowhere + " (build it with: arretiste import)", e.getMessage());
    }

    @Test
    void searchesAnEmptyIndex() throws IOException {
        Path empty = dir.resolve("empty");
        try (RulingIndex index = RulingIndex.open(empty)) {
            index.commit();
        }
        try (RulingSearcher none = RulingSearcher.open(empty)) {
            assertEquals(new SearchResult(0, List.of(), Map.of()), none.search(SearchRequest.of("dépens")));
        }
    }
}
