package fr.arretiste.batch;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * One input file to one ruling ready to index: Tika, extraction, then the check that it is a
 * ruling at all. Every failure comes out as a {@link RejectedFileException}, which the step skips
 * and logs. Thread-safe, as the parser and the extractor are.
 */
final class RulingProcessor implements ItemProcessor<Path, ParsedRuling> {
    private final DocumentParser parser;
    private final Function<ParsedDocument, Ruling> extraction;

    RulingProcessor(DocumentParser parser, Function<ParsedDocument, Ruling> extraction) {
        this.parser = parser;
        this.extraction = extraction;
    }

    @Override
    public ParsedRuling process(Path file) throws RejectedFileException {
        ParsedDocument doc;
        Ruling ruling;
        try {
            doc = parser.parse(file);
            ruling = extraction.apply(doc);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug (or a runaway regex) on one odd file must not stop the run: that file is rejected with the cause
            throw new RejectedFileException(file.toString(), "analysis failed: " + e, e);
        }
        return new ParsedRuling(RulingCheck.requireRuling(ruling), doc.text());
    }
}
