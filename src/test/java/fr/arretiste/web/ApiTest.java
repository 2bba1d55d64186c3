package fr.arretiste.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.arretiste.ruling.RulingJson;
import fr.arretiste.search.SearchSamples;
import tools.jackson.databind.JsonNode;

/** Every endpoint of the REST API, its answers and its errors, over HTTP on a real port. */
class ApiTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A status and a parsed JSON body. */
    record Answer(int status, JsonNode json, HttpResponse<String> response) {
        List<String> ids(String array) {
            List<String> ids = new ArrayList<>();
            json.get(array).forEach(hit -> ids.add(hit.get("id").asString()));
            return ids;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), RulingJson.mapper().readTree(response.body()), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            api/search?q=rg:%2221/01153%22                       | ca-douai-2022-12-08-21-01153
            api/search?q=d%C3%A9pens&court=dijon                 | ca-dijon-2024-10-22-24-00403
            api/search?chamber=sociale                           | ca-lyon-2024-10-22-22-01622
            api/search?lawyer=Poggi                              | ca-douai-2022-12-08-21-01153
            api/search?judge=clerc                               | ca-grenoble-2024-10-22-23-00189
            api/search?party=maaf&outcome=confirmation           | ca-dijon-2024-10-22-24-00403
            api/search?article=L1111-8                           | ca-douai-2022-12-08-21-01153
            api/search?minAmount=50000                           | ca-dijon-2024-10-22-24-00403
            api/search?maxAmount=100                             | ca-douai-2022-12-08-21-01153
            api/search?from=2024-10-23&to=2024                   | cass-2024-10-23-23-86670
            api/search?sort=date&limit=2                         | cass-2024-10-23-23-86670 ca-dijon-2024-10-22-24-00403
            api/search?sort=date&offset=5                        | ca-douai-2022-12-08-21-01153
            api/search?q=pwned                                   | ca-paris-2024-05-02-24-00001
            """)
    void searchFindsTheRulingsItsParametersDescribe(String path, String ids) throws Exception {
        Answer answer = get(path);

        assertEquals(200, answer.status());
        assertEquals(List.of(ids.split(" ")), answer.ids("hits"));
    }

    @Test
    void searchAnswersCountsFacetsAndHighlightedSnippets() throws Exception {
        JsonNode result = get("api/search?q=jugement&limit=1").json();

        assertEquals(3, result.get("totalHits").asInt());
        assertEquals(1, result.get("hits").size());
        assertEquals(true, result.get("hits").get(0).get("snippet").asString().contains("**jugement**"));
        assertEquals("2024", result.get("facets").get("year").get(0).get("label").asString());
        assertEquals(2, result.get("facets").get("year").get(0).get("count").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            api/search?q=rg:21/01153             | 400 | invalid query: Cannot parse 'rg:21/01153': Lexical error at line 1, column 12.  Encountered: <EOF> after prefix "/01153" (in lexical state 2) (a value with spaces, slashes or colons goes between quotes, rg:"21/01153"; close every quote and bracket)
            api/search?q=*ment                   | 400 | invalid query: Cannot parse '*ment': '*ment': a wildcard or a regular expression needs at least 2 letters before it
            api/search?q=juge:Gilles             | 400 | invalid query: Cannot parse 'juge:Gilles': unknown field 'juge:' (the fields are text, rg, pourvoi, portalis, outcome, article, court, city, chamber, party, lawyer, judge, date, amount)
            api/search?from=2022-13              | 400 | invalid query: no such date '2022-13'
            api/search?minAmount=dix             | 400 | invalid query: an amount is a number of euros such as 10000 or 7528,32, not 'dix'
            api/search?limit=101                 | 400 | limit must be between 0 and 100, not 101
            api/search?limit=ten                 | 400 | bad value 'ten' for limit
            api/search?offset=10000              | 400 | offset + limit must be at most 10000
            api/search?sort=score                | 400 | the order is relevance or date, not 'score'
            api/stats?q=%22article               | 400 | invalid query: Cannot parse '"article': Lexical error at line 1, column 9.  Encountered: <EOF> after prefix "\\"article" (in lexical state 2) (a value with spaces, slashes or colons goes between quotes, rg:"21/01153"; close every quote and bracket)
            api/rulings/ca-nowhere               | 404 | no ruling ca-nowhere in the index
            api/rulings/..%2F..%2Fetc%2Fpasswd   | 400 | not a ruling id: a ruling id is lower-case letters and digits separated by hyphens, such as ca-douai-2022-12-08-21-01153
            api/rulings/CA-DOUAI                 | 400 | not a ruling id: a ruling id is lower-case letters and digits separated by hyphens, such as ca-douai-2022-12-08-21-01153
            api/rulings/ca-nowhere/similar       | 404 | no ruling ca-nowhere in the index
            api/rulings/ca-douai-2022-12-08-21-01153/similar?limit=0 | 400 | limit must be between 1 and 50, not 0
            api/compare?ids=ca-douai-2022-12-08-21-01153             | 400 | ids: between 2 and 6 ruling ids, separated by commas
            api/compare?ids=ca-douai-2022-12-08-21-01153,ca-nowhere  | 404 | no ruling ca-nowhere in the index
            api/compare?ids=ca-douai-2022-12-08-21-01153,..%2Fx      | 400 | not a ruling id: a ruling id is lower-case letters and digits separated by hyphens, such as ca-douai-2022-12-08-21-01153
            api/compare                          | 400 | missing parameter ids
            api/nothing                          | 404 | no such address: /api/nothing
            """)
    void errorsAreJsonWithTheirStatusAndAMessage(String path, int status, String message) throws Exception {
        Answer answer = get(path);

        assertEquals(status, answer.status());
        assertEquals("application/json", answer.response().headers().firstValue("Content-Type").orElseThrow());
        assertEquals(message, answer.json().get("error").asString());
    }

    @Test
    void onlyReads() throws Exception {
        Answer answer = send(HttpRequest.newBuilder(server.uri("api/search")).POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(405, answer.status());
        assertEquals("POST is not allowed here; the API only reads (GET)", answer.json().get("error").asString());
    }

    @Test
    void rulingAnswersTheExtractionAndTheText() throws Exception {
        JsonNode stored = get("api/rulings/" + SearchSamples.DOUAI).json();

        assertEquals(RulingJson.mapper().readTree(RulingJson.write(SearchSamples.douai().ruling())), stored.get("ruling"));
        assertEquals(SearchSamples.douai().text(), stored.get("text").asString());
    }

    @Test
    void markupInARulingIsDataInJsonNeverAPage() throws Exception {
        Answer answer = get("api/rulings/" + SearchSamples.MARKUP);

        assertEquals("application/json", answer.response().headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", answer.response().headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(SearchSamples.IMAGE, answer.json().get("ruling").get("parties").get(0).get("name").asString());
        assertEquals(true, answer.json().get("text").asString().contains(SearchSamples.SCRIPT));
    }

    @Test
    void similarAnswersTheClosestRulingsAndWhy() throws Exception {
        JsonNode similar = get("api/rulings/" + SearchSamples.DOUAI + "/similar?limit=2").json();

        assertEquals(2, similar.size());
        assertEquals(SearchSamples.GRENOBLE, similar.get(0).get("ruling").get("id").asString());
        assertEquals("700 code de procédure civile", similar.get(0).get("articlesInCommon").get(0).asString());
        assertEquals("jugement", similar.get(0).get("termsInCommon").get(0).asString());
        assertEquals(false, similar.get(0).get("sameOutcome").asBoolean());
    }

    @Test
    void compareAnswersOneColumnPerRulingAndTheProvisions() throws Exception {
        Answer answer = get("api/compare?ids=" + SearchSamples.DOUAI + "," + SearchSamples.LYON);

        assertEquals(200, answer.status());
        assertEquals(List.of(SearchSamples.DOUAI, SearchSamples.LYON), answer.ids("rulings"));
        assertEquals(42343.63, answer.json().get("rulings").get(0).get("totalGranted").asDouble());
        JsonNode first = answer.json().get("provisions").get(0);
        assertEquals("700", first.get("article").asString());
        assertEquals(true, first.get("inAll").asBoolean());
    }

    @Test
    void statsFollowTheQuery() throws Exception {
        JsonNode stats = get("api/stats?q=jugement&from=2024").json();

        assertEquals(2, stats.get("rulings").asInt());
        assertEquals(1, stats.get("outcomesByYear").get("2024").get("confirmation").asInt());
        assertEquals(1800, stats.get("article700").get("median").asInt());
    }

    @Test
    void thePageIsServedWithAPolicyThatForbidsInlineScripts() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri("")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertEquals(true, page.body().contains("<script src=\"app.js\" defer></script>"));
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
    }
}
