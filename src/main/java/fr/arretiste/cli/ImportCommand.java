package fr.arretiste.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import fr.arretiste.batch.ImportApplication;
import fr.arretiste.batch.ImportPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"The Spring Batch import job: reads every ruling under DIR, extracts, indexes into the "
                + "Lucene index and writes rulings.jsonl, rejects.jsonl and report.json beside it. "
                + "Incremental: a file unchanged since the last run is not analysed again, the ruling of a file "
                + "that left DIR leaves the index. A run that did not finish is resumed where it stopped; "
                + "one import at a time per output folder. Progress and summary on standard error.",
                "Spring options pass through, e.g. --spring.datasource.url=jdbc:postgresql://host/db "
                + "for a PostgreSQL job repository (default: H2 in the output folder)."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "folders searched recursively (default: corpus)")
    List<Path> dirs = new ArrayList<>(List.of(Path.of("corpus")));

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "the index folder; the outputs go to its parent folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--full", description = "rebuild from scratch: delete the index and the outputs, analyse every file again "
            + "(after an upgrade of Arrêtiste, whose extraction may have changed)")
    boolean full;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpringArguments.require(spec, springArgs);
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + dir);
            }
        }
        JobExecution run = ImportApplication.runImport(new ImportPaths(dirs, index), full, springArgs);
        return run.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}
