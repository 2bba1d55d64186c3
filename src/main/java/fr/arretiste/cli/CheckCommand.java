package fr.arretiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import fr.arretiste.batch.ImportApplication;
import fr.arretiste.batch.ImportCheck;
import fr.arretiste.batch.ImportPaths;
import fr.arretiste.batch.OutputLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verifies the index (Lucene's CheckIndex) and that it agrees with rulings.jsonl and with the "
                + "job repository: same rulings, as many as the last import recorded, and that import finished. "
                + "Names every disagreement on standard error; exit status 1 if there is any.",
                "Spring options pass through, as for import (--spring.datasource.url=... for PostgreSQL)."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "the index folder; the outputs are in its parent folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpringArguments.require(spec, springArgs);
        ImportPaths paths = new ImportPaths(List.of(), index);
        ImportCheck.Result result;
        try (OutputLock lock = OutputLock.acquire(paths.output(), "check");
                ConfigurableApplicationContext app = ImportApplication.start(paths.output(), springArgs)) {
            result = app.getBean(ImportCheck.class).check(paths.index());
        }
        spec.commandLine().getOut().println(result.summary());
        result.disagreements().forEach(d -> spec.commandLine().getErr().println("check: " + d));
        return result.disagreements().isEmpty() ? 0 : 1;
    }
}
