package fr.arretiste.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code arretiste} command line: one entry point for people, cron and scripts. */
@Command(name = "arretiste", mixinStandardHelpOptions = true, version = "arretiste 1.0",
        description = "Batch analysis and search of French court rulings.",
        subcommands = {ImportCommand.class, CheckCommand.class, ExtractCommand.class, SearchCommand.class, ShowCommand.class,
                EvaluateCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Exit codes as CLI.md says: 0 success, 1 the work failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("arretiste: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
