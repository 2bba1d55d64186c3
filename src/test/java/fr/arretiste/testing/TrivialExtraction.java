package fr.arretiste.testing;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import fr.arretiste.extract.RulingId;
import fr.arretiste.extract.TextCleaner;
import fr.arretiste.extract.ZoneSegmenter;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Ruling;

/**
 * Stands in for the extractors (stubs on this branch, which would reject every file), so that the
 * job is tested on its own: a court when the text names a cour d'appel, the real zones (a ruling
 * has a dispositif), the id from the content hash. A text with {@link #CRASH} in it makes it fail,
 * as a bug would. Also a configuration class: a child import process gets it with
 * {@code --spring.main.sources=fr.arretiste.testing.TrivialExtraction} and test-classes on its
 * class path; {@code -Darretiste.test.extraction-delay-ms=N} slows each file down, so that a test
 * can kill the process mid-run.
 */
@Configuration(proxyBeanMethods = false)
public class TrivialExtraction {
    public static final String CRASH = "<<the extractor fails on this>>";
    private static final Pattern COURT = Pattern.compile("(?i)cour d['’]appel");

    @Bean
    @Primary
    Function<ParsedDocument, Ruling> extractionStandIn() {
        long delay = Long.getLong("arretiste.test.extraction-delay-ms", 0);
        return doc -> {
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return extract(doc);
        };
    }

    public static Ruling extract(ParsedDocument doc) {
        if (doc.text().contains(CRASH)) {
            throw new IllegalStateException("extractor bug");
        }
        Court court = COURT.matcher(doc.text()).find() ? new Court("cour_appel", "Cour d'appel", null) : null;
        return new Ruling(RulingId.of(court, null, List.of(), doc.sha256()), doc.source(), doc.sha256(), doc.mediaType(),
                court, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null,
                ZoneSegmenter.segment(TextCleaner.clean(doc.text())));
    }
}
