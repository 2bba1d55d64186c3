package fr.arretiste.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import fr.arretiste.index.RulingIndex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5, scheduled refresh: a server started on an empty index with a refresh every second
 * imports the folder and its searches then find the new ruling, without a restart.
 */
class ScheduledRefreshTest {
    private static final String DOUAI = "ca-douai-2022-12-08-21-01153.txt";

    @Test
    void aScheduledImportIsSeenBySearchesWithoutRestart(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("corpus", DOUAI), corpus.resolve(DOUAI));
        Path index = dir.resolve("output").resolve("index");
        RulingIndex.open(index).close();

        ConfigurableApplicationContext app = WebApplication.start(index, "127.0.0.1", 0,
                "arretiste.refresh.cron=* * * * * *", "arretiste.refresh.inputs=" + corpus);
        try {
            URI search = URI.create("http://127.0.0.1:" + WebApplication.port(app) + "/api/search?q="
                    + URLEncoder.encode("rg:\"21/01153\"", StandardCharsets.UTF_8));
            assertEquals(0, totalHits(search), "the index is empty before the first refresh");

            long deadline = System.nanoTime() + 120_000_000_000L;
            long hits = 0;
            while (hits == 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                hits = totalHits(search);
            }

            assertEquals(1, hits, "the refreshed index is searched");
            assertTrue(Files.exists(index.resolveSibling("report.json")), "the refresh is the import job, with its report");
        } finally {
            app.close();
        }
    }

    private static long totalHits(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        return body.path("totalHits").asLong();
    }
}
