package fr.arretiste.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import fr.arretiste.extract.ParallelExtraction;
import fr.arretiste.ingest.InputFiles;
import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extraction only, no index: one JSON object per input document, one per line, "
                + "to FILE or standard output. Files that cannot be read are reported on standard error.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "rulings, or folders searched recursively")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSONL here instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        InputFiles.Listing listing = InputFiles.under(inputs);
        listing.rejected().forEach(ExtractCommand::report);
        List<Ruling> rulings = ParallelExtraction.of(listing.files(), ExtractCommand::report);
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Ruling ruling : rulings) {
                w.write(RulingJson.write(ruling));
                w.write('\n');
            }
        }
        int rejected = listing.files().size() - rulings.size() + listing.rejected().size();
        System.err.printf("extract: %d rulings, %d rejected%n", rulings.size(), rejected);
        return 0;
    }

    static void report(RejectedFileException e) {
        System.err.println("rejected: " + e.source() + ": " + e.reason());
    }
}
