package fr.arretiste.cli;

import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The arguments a command passes to Spring: only {@code --spring.*} ones; anything else is a usage error. */
final class SpringArguments {
    private SpringArguments() {
    }

    static void require(CommandSpec spec, List<String> args) {
        for (String arg : args) {
            if (!arg.startsWith("--spring.")) {
                throw new ParameterException(spec.commandLine(), "unknown option or argument: " + arg);
            }
        }
    }
}
