package fr.arretiste.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code arretiste} command line: one entry point for people, cron and scripts. */
@Command(name = "arretiste", mixinStandardHelpOptions = true, version = "arretiste 1.0",
        description = "Batch analysis and search of French court rulings.",
        subcommands = {ImportCommand.class, CheckCommand.class, ExtractCommand.class, SearchCommand.class, ShowCommand.class,
                SimilarCommand.class, CompareCommand.class, ServeCommand.class, EvaluateCommand.class,
                TrainCommand.class, BenchCommand.class, BenchPhaseCommand.class})
public final class Main {
    /**
     * Lucene notes through java.util.logging, on every command, that the JVM's vector incubator module
     * is off; that changes speed, not results. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Exit codes as CLI.md says: 0 success, 1 the work failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("arretiste: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
