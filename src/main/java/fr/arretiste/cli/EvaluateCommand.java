package fr.arretiste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.arretiste.eval.Evaluation;
import fr.arretiste.eval.Predictions;
import fr.arretiste.eval.ScoreReport;
import fr.arretiste.eval.Scorer;
import fr.arretiste.extract.ParallelExtraction;
import fr.arretiste.ingest.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Extracts DATA_DIR/rulings and scores the result against DATA_DIR/truth and DATA_DIR/gold, "
                + "with the metrics of ../shared/tools/score.py and the same figures. Exit 1 if a --min bound is missed.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "a folder laid out like ../shared/data: rulings/, truth/, gold/")
    Path data;

    @Option(names = "--json", description = "print the metrics as one JSON object (the summary goes to standard error)")
    boolean json;

    @Option(names = "--predictions", paramLabel = "FILE", description = "score this JSONL (as `extract` writes it) instead of extracting")
    Path predictions;

    @Option(names = "--min", arity = "1..*", paramLabel = "KEY=VALUE", description = "lower bound on a metric, e.g. rg.f1=0.9")
    Map<String, String> minimums = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.resolve("rulings"))) {
            throw new ParameterException(spec.commandLine(), "no rulings/ folder in " + data);
        }
        if (predictions != null && !Files.isRegularFile(predictions)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + predictions);
        }
        Predictions scored = predictions != null ? Predictions.readJsonl(predictions) : extract();
        Evaluation evaluation = new Scorer().score(scored, data);
        ScoreReport report = new ScoreReport(evaluation, minimums);
        if (json) {
            System.out.println(report.json());
            System.err.println(report.summary());
        } else {
            report.lines().forEach(System.out::println);
            System.out.println(report.summary());
        }
        return report.boundsMet() ? 0 : 1;
    }

    private Predictions extract() throws IOException {
        InputFiles.Listing listing = InputFiles.under(List.of(data.resolve("rulings")));
        listing.rejected().forEach(ExtractCommand::report);
        return Predictions.of(ParallelExtraction.of(listing.files(), ExtractCommand::report));
    }
}
