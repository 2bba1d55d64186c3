package fr.arretiste.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/** Parses and extracts many files on all cores, keeping their order; a file that cannot become a ruling is handed to {@code rejected} and left out. */
public final class ParallelExtraction {
    private ParallelExtraction() {
    }

    public static List<Ruling> of(List<Path> files, Consumer<RejectedFileException> rejected) {
        DocumentParser parser = new DocumentParser();
        RulingExtractor extractor = new RulingExtractor();
        return files.parallelStream().map(file -> {
            try {
                return extractor.extract(parser.parse(file));
            } catch (RejectedFileException e) {
                rejected.accept(e);
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }
}
