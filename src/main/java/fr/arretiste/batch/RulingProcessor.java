package fr.arretiste.batch;

import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * One input file to its outcome: unchanged since the last run (its SHA-256 is the one the manifest
 * holds: not analysed again), or Tika, extraction and the check that it is a ruling. Every failure
 * becomes a rejected outcome with its reason, so the run goes on. Thread-safe, as the parser and
 * the extractor are.
 */
final class RulingProcessor implements ItemProcessor<InputFile, FileOutcome> {
    private final DocumentParser parser;
    private final Function<ParsedDocument, Ruling> extraction;

    RulingProcessor(DocumentParser parser, Function<ParsedDocument, Ruling> extraction) {
        this.parser = parser;
        this.extraction = extraction;
    }

    @Override
    public FileOutcome process(InputFile file) {
        String source = file.path().toString();
        Manifest.Entry before = file.previous();
        if (file.unlisted() != null) {
            return new FileOutcome(source, null, null, file.unlisted().reason(), before);
        }
        String sha256 = null;
        try {
            sha256 = DocumentParser.sha256(file.path());
            if (before != null && sha256.equals(before.sha256())) {
                return FileOutcome.unchanged(before);
            }
            return new FileOutcome(source, sha256, analyse(file, sha256), null, before);
        } catch (RejectedFileException e) {
            return new FileOutcome(source, sha256, null, e.reason(), before);
        }
    }

    private ParsedRuling analyse(InputFile file, String sha256) throws RejectedFileException {
        ParsedDocument doc;
        Ruling ruling;
        try {
            doc = parser.parse(file.path(), sha256);
            ruling = extraction.apply(doc);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug (or a runaway regex) on one odd file must not stop the run: that file is rejected with the cause
            throw new RejectedFileException(file.path().toString(), "analysis failed: " + e, e);
        }
        return new ParsedRuling(RulingCheck.requireRuling(ruling, doc.text()), doc.text());
    }
}
