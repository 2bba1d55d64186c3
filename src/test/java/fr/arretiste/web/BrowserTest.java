package fr.arretiste.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.arretiste.search.SearchSamples;

/**
 * The page in the system's headless Chromium (Debian: apt-get install chromium chromium-driver),
 * driven by Selenium against a server on the samples' index. Skipped when Chromium or its driver
 * is not installed.
 */
class BrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> driver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(), "headless Chromium and chromedriver are not installed");
        server = TestServer.start(dir);
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchesAnRgNumberAndOpensTheRulingWithItsPartiesAndAmounts() {
        open("#/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("rg:\"21/01153\"");
        browser.findElement(By.id("search-button")).click();
        waitLoaded();

        assertEquals(List.of(SearchSamples.DOUAI), resultIds("#results li.result"));
        browser.findElement(By.cssSelector("#results li.result a.title")).click();
        waitLoaded();

        assertEquals("Cour d'appel de Douai", text("#sheet h2.court"));
        assertEquals(List.of("D2L Informatique", "Pictime Groupe"), texts("#sheet .party-name"));
        assertEquals(List.of("appelant", "intimé"), texts("#sheet table.parties tbody tr td:first-child"));
        assertEquals(List.of("17 370,00 €", "37 343,63 € TTC", "5 000,00 €", "73,24 €"), texts("#sheet .amount-value"));
        // the sum granted is marked where the text says it, inside the dispositif zone
        assertEquals(List.of("37 343,63 euros"), texts("#text section[data-zone=dispositif] mark.amount"));
        assertEquals(List.of("l’article 700 du code de procédure civile"), texts("#text mark.citation"));
    }

    @Test
    void aFacetNarrowsTheResultsAndTheFacetsFollow() {
        open("#/");
        assertEquals(6, resultIds("#results li.result").size());

        browser.findElements(By.cssSelector("section.facet[data-dim=court] button")).stream()
                .filter(b -> b.getText().startsWith("Cour d'appel de Lyon")).findFirst().orElseThrow().click();
        waitLoaded();

        assertEquals(List.of(SearchSamples.LYON), resultIds("#results li.result"));
        assertEquals("Cour d'appel de Lyon", browser.findElement(By.cssSelector("[data-param=court]")).getDomProperty("value"));
        assertEquals(List.of("Cour d'appel de Lyon\n1"), texts("section.facet[data-dim=court] button"));
        assertEquals("1 décision", text("#summary"));
    }

    @Test
    void opensSimilarRulingsThenAComparison() {
        open("#/ruling/" + SearchSamples.DOUAI);

        List<String> similar = resultIds("#similar-list li.similar");
        assertEquals(List.of(SearchSamples.GRENOBLE, SearchSamples.LYON, SearchSamples.DIJON, SearchSamples.MARKUP), similar);
        assertEquals(List.of("Textes en commun : 700 code de procédure civile", "Mots clés en commun : jugement"),
                texts("#similar-list li.similar:first-child ul.reasons li"));
        browser.findElement(By.cssSelector("#similar-list li.similar:first-child a.compare-link")).click();
        waitLoaded();

        assertEquals(List.of(SearchSamples.DOUAI, SearchSamples.GRENOBLE), texts("#compare-table thead th a"));
        assertEquals(List.of("42 343,63 €", "0,00 €"), texts("#compare-table .total-granted"));
        assertEquals(List.of("infirmation partielle", "confirmation"), texts("#compare-table .outcome"));
        assertEquals(List.of("700 code de procédure civile", "L1111-8 code de la santé publique",
                "699 code de procédure civile"), texts("#provisions-table tbody th"));
        assertEquals(List.of("✓", "✓"), texts("#provisions-table tr.in-all td"));
    }

    @Test
    void markupInARulingIsShownAsTextAndNeverRuns() {
        open("#/search?q=pwned");
        String snippet = text("#results li.result .snippet");
        assertEquals(true, snippet.contains("<script>document.title='pwned'</script>"), snippet);
        assertEquals(List.of("pwned", "pwned"), texts("#results li.result .snippet mark"));

        browser.findElement(By.cssSelector("#results li.result a.title")).click();
        waitLoaded();

        assertEquals(SearchSamples.IMAGE, text("#sheet .party-name"));
        assertEquals(true, text("#text").contains(SearchSamples.SCRIPT + " aux dépens, " + SearchSamples.IMAGE));
        assertEquals(0, browser.findElements(By.cssSelector("main script, main img")).size());
        assertEquals("Arrêtiste", browser.getTitle());
    }

    private static void open(String hash) {
        browser.get(server.uri(hash).toString());
        waitLoaded();
    }

    /** The page marks the view it finished drawing: the route in the address bar, once its data is shown. */
    private static void waitLoaded() {
        new WebDriverWait(browser, PATIENCE).until(page -> (Boolean) ((JavascriptExecutor) page).executeScript(
                "return document.body.dataset.loaded === (location.hash || '#/');"));
    }

    private static List<String> resultIds(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(li -> li.getDomAttribute("data-id")).toList();
    }

    private static String text(String css) {
        return spaced(browser.findElement(By.cssSelector(css)).getText());
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> spaced(e.getText())).toList();
    }

    /** French number formatting separates thousands with a narrow no-break space; the tests write a space. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static Optional<Path> onPath(String... names) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(d -> Stream.of(names).map(n -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
