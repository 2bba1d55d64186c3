package fr.arretiste.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import fr.arretiste.extract.RulingExtractor;
import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.InputFiles;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;

/**
 * Phase (c): Tika (as the import parses) and the extractor on every file, one worker per core, no
 * index; the time spent inside the extractor is summed over the workers, so that extraction's own
 * rate shows apart from Tika's.
 */
final class ExtractionPhase implements PhaseWork {
    @Override
    public Done run(BenchSetup setup) throws Exception {
        List<Path> files = InputFiles.under(List.of(setup.corpus())).files();
        DocumentParser parser = new DocumentParser();
        RulingExtractor extractor = new RulingExtractor();
        LongAdder extractNanos = new LongAdder();
        AtomicLong extracted = new AtomicLong();
        FileWorkers.run(files, file -> {
            ParsedDocument doc;
            try {
                doc = parser.parse(file);
            } catch (RejectedFileException e) {
                return; // not a ruling: the import rejects it too
            }
            long start = System.nanoTime();
            extractor.extract(doc);
            extractNanos.add(System.nanoTime() - start);
            extracted.incrementAndGet();
        });
        return new Done(extracted.get(), FileWorkers.COUNT, extractNanos.sum() / 1e9, null);
    }
}
