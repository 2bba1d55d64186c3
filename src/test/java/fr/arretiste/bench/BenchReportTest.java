package fr.arretiste.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import fr.arretiste.ruling.RulingJson;
import tools.jackson.databind.JsonNode;

/** The table, bench.json and bench.svg of one given run (no benchmark is run). */
class BenchReportTest {
    private static final long MIB = 1024 * 1024;
    /** Floor 500 rulings/s; import 100/s; the extractor 4 s summed over 2 workers. */
    private static final BenchResult RUN = new BenchResult("2025-01-02T03:04:05Z", 2, "25", "512m", 1000, 8.0,
            "output/bench/corpus-1000", List.of(
                    phase(Phase.FLOOR, 2.0, 1000, 2, null, null),
                    phase(Phase.IMPORT, 10.0, 1000, 0, null, null),
                    phase(Phase.INCREMENTAL, 1.5, 1000, 0, null, null),
                    phase(Phase.EXTRACTION, 5.0, 1000, 2, 4.0, null),
                    phase(Phase.SEARCH, 3.0, 0, 1, null, new SearchLatency(50, 2, 5, 10, 12.0, 250.0, 3.5, 20.25))));

    private static PhaseResult phase(Phase phase, double seconds, long rulings, int workers, Double extract, SearchLatency search) {
        return new PhaseResult(phase, seconds, rulings, workers, new Memory(200 * MIB, 50 * MIB, 300 * MIB), extract, search);
    }

    @Test
    void tableHasEveryPhaseItsRateAndShareOfTheFloor() {
        assertEquals("""
                arretiste bench: 1000 rulings, 8.0 MB (output/bench/corpus-1000); 2 CPUs, Java 25, -Xmx512m; 2025-01-02T03:04:05Z

                phase                          time s  rulings/s     MB/s  % floor peak heap MiB peak RSS MiB
                (a) floor: Tika + Lucene          2.0      500.0     4.00     100%           200          300
                (b) full import                  10.0      100.0     0.80      20%           200          300
                (b2) incremental re-run           1.5      666.7     5.33        -           200          300
                (c) Tika + extraction             5.0      200.0     1.60      40%           200          300
                    inside extract() alone        2.0      500.0     4.00     100%             -            -
                (d) search                        3.0          -        -        -           200          300

                (b2) took 15.0% of the full import's time.
                (c) 4.0 s inside RulingExtractor.extract, summed over 2 workers.

                search: 50 queries (2 without hits), 20 hits with snippets and facets
                                                             median ms    p99 ms
                cold: first pass in a fresh JVM                   12.0     250.0
                warm: 10 passes after 5 warm-up passes             3.5      20.3
                """, BenchReport.table(RUN));
    }

    @Test
    void jsonHasTheMachineThePhasesAndTheDerivedFigures() {
        JsonNode json = RulingJson.mapper().readTree(BenchReport.json(RUN));
        assertEquals(2, json.get("cpus").asInt());
        assertEquals("25", json.get("java").asString());
        assertEquals("512m", json.get("xmx").asString());
        assertEquals(1000, json.get("rulings").asInt());
        assertEquals("2025-01-02T03:04:05Z", json.get("date").asString());
        assertEquals("IMPORT", json.get("phases").get(1).get("phase").asString());
        assertEquals(200 * MIB, json.get("phases").get(1).get("memory").get("peakHeapBytes").asLong());
        assertEquals(20.0, json.get("rows").get(1).get("percentOfFloor").asDouble(), 1e-9);
        assertEquals(15.0, json.get("incrementalPercentOfFullImport").asDouble(), 1e-9);
        assertEquals(20.25, json.get("phases").get(4).get("search").get("warmP99Ms").asDouble(), 1e-9);
    }

    @Test
    void theChildsResultLineReadsBack() {
        PhaseResult search = RUN.phases().get(4);
        assertEquals(search, RulingJson.mapper().readValue(RulingJson.mapper().writeValueAsString(search), PhaseResult.class));
    }

    @Test
    void svgIsWellFormedWithABarPerRatedPhaseAndPerLatency() throws Exception {
        String svg = BenchChart.svg(RUN);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList rects = doc.getElementsByTagName("rect");
        assertEquals(1 + 5 + 4, rects.getLength(), "background, 5 throughput bars, 4 latencies");
        // the largest rate fills the bar width; the floor's line stands at 500 of 666.7 rulings/s
        assertEquals("420.0", rects.item(3).getAttributes().getNamedItem("width").getNodeValue(), "(b2), the fastest");
        assertEquals("545.0", doc.getElementsByTagName("line").item(0).getAttributes().getNamedItem("x1").getNodeValue(),
                "230 of labels, then 500 / 666.7 of 420");
        assertTrue(svg.contains(">cold p99</text>") && svg.contains(">250.0 ms</text>"));
    }
}
