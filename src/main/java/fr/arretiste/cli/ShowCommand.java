package fr.arretiste.cli;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

import fr.arretiste.ruling.Ruling;
import fr.arretiste.search.RulingSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "One ruling of the index, all its fields.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the ruling's id, as search shows it")
    String id;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "the ruling's JSON object, as extract writes it")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Ruling ruling;
        try (RulingSearcher searcher = index.open()) {
            ruling = searcher.get(id).orElseThrow(() -> new NoSuchElementException("no ruling " + id + " in " + index.dir));
        }
        Output.print(ruling, json, out -> RulingPrinter.print(ruling, out));
        return 0;
    }
}
