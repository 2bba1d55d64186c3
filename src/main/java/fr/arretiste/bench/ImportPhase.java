package fr.arretiste.bench;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import fr.arretiste.batch.ImportApplication;
import fr.arretiste.batch.ImportPaths;
import fr.arretiste.batch.ImportSummary;
import fr.arretiste.ruling.RulingJson;

/**
 * Phases (b) and (b2): the real import job, as {@code arretiste import CORPUS --index output/bench/index}
 * runs it (Spring's start included), with its job repository in the output folder: rebuilt from
 * scratch ({@code --full}), or run again over the unchanged corpus (incremental).
 */
final class ImportPhase implements PhaseWork {
    private final boolean full;

    ImportPhase(boolean full) {
        this.full = full;
    }

    @Override
    public Done run(BenchSetup setup) throws Exception {
        ImportPaths paths = new ImportPaths(List.of(setup.corpus()), setup.index());
        JobExecution run = ImportApplication.runImport(paths, full, List.of());
        if (run.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the import ended " + run.getStatus() + " (see " + paths.report() + ")");
        }
        ImportSummary summary = RulingJson.mapper().readValue(paths.report().toFile(), ImportSummary.class);
        return Done.of(summary.rulings(), 0);
    }
}
