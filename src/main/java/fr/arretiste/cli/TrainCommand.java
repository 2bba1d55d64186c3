package fr.arretiste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fr.arretiste.extract.ModelFiles;
import fr.arretiste.train.ModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds every trained model from DATA_DIR (rulings/, truth/, gold/, silver/), prints their "
                + "10-fold cross-validation scores and writes them with a README.md into the models folder.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATA_DIR", description = "default: ../shared/data")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "the models folder (default: -Darretiste.models, else ./models)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.resolve("rulings"))) {
            throw new ParameterException(spec.commandLine(), "no rulings/ folder in " + data);
        }
        new ModelTraining(data, out != null ? out : ModelFiles.folder(), System.out).run();
        return 0;
    }
}
