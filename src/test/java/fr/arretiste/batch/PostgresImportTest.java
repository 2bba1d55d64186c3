package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.cli.Main;
import fr.arretiste.testing.GeneratedCorpus;
import fr.arretiste.testing.ImportProcess;
import fr.arretiste.testing.TrivialExtraction;

/**
 * The import job with its repository (and manifest) on a real PostgreSQL server: incremental runs,
 * a run killed and resumed, and check. Runs when the system property
 * {@code arretiste.test.postgres.url} or the variable {@code ARRETISTE_TEST_POSTGRES_URL} gives a
 * JDBC URL ({@code .ci/postgres start} prints one); skipped otherwise.
 */
@EnabledIf("postgresGiven")
class PostgresImportTest {
    private static final int RULINGS = 60;

    @TempDir
    Path tmp;

    static String url() {
        return System.getProperty("arretiste.test.postgres.url", System.getenv("ARRETISTE_TEST_POSTGRES_URL"));
    }

    static boolean postgresGiven() {
        return url() != null && !url().isBlank();
    }

    @Test
    void incrementalRunsAndCheckOnPostgres() throws Exception {
        Path corpus = GeneratedCorpus.write(tmp.resolve("corpus"), 3, 1);
        ImportPaths paths = new ImportPaths(List.of(corpus), tmp.resolve("output/index"));

        assertEquals(0, run("import", corpus.toString(), "--index", paths.index().toString()));
        Files.writeString(corpus.resolve("ca-dijon-000.txt"), "\n", StandardOpenOption.APPEND);
        Files.delete(corpus.resolve("ca-douai-001.txt"));
        assertEquals(0, run("import", corpus.toString(), "--index", paths.index().toString()));

        ImportSummary report = ImportOutputs.of(paths).report();
        assertEquals(List.of(3L, 0L, 1L, 1L, 1L, 1L, 2L), List.of(report.files(), report.added(), report.changed(),
                report.unchanged(), report.rejected(), report.removed(), report.rulings()));
        assertEquals(0, run("check", "--index", paths.index().toString()));
    }

    @Test
    void aKilledImportResumesOnPostgres() throws Exception {
        Path corpus = GeneratedCorpus.write(tmp.resolve("corpus"), RULINGS, 0);
        ImportPaths paths = new ImportPaths(List.of(corpus), tmp.resolve("output/index"));
        String postgres = "--spring.datasource.url=" + url();

        ImportProcess.killWhenIndexed(corpus, paths.index(), tmp.resolve("killed.log"), 20, postgres);
        ImportProcess last = ImportProcess.start(corpus, paths.index(), tmp.resolve("last.log"), List.of(), postgres);
        assertEquals(0, last.waitFor(), last.output());

        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(List.of((long) RULINGS, (long) RULINGS), List.of(out.report().added(), out.report().rulings()), last.output());
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals(0, run("check", "--index", paths.index().toString()));
    }

    private static int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + url();
        all[args.length + 1] = "--spring.main.sources=" + TrivialExtraction.class.getName();
        return Main.run(all);
    }
}
