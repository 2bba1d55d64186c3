package fr.arretiste.cli;

import java.io.IOException;
import java.nio.file.Path;

import fr.arretiste.search.RulingSearcher;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of every command that reads the index (a picocli mixin). */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "the Lucene index (default: ${DEFAULT-VALUE})")
    Path dir;

    RulingSearcher open() throws IOException {
        return RulingSearcher.open(dir);
    }
}
