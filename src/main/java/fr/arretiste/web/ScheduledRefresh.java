package fr.arretiste.web;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import fr.arretiste.batch.ImportApplication;
import fr.arretiste.batch.ImportBusyException;
import fr.arretiste.batch.ImportPaths;

/**
 * The nightly refresh while serving: runs the incremental import of {@code arretiste.refresh.inputs}
 * into the served index on the cron expression {@code arretiste.refresh.cron} (Spring's six fields,
 * seconds first: "0 0 2 * * *" is 2 a.m. every day), then makes searches see the new state. One
 * thread, so refreshes of this server never overlap; the import's output lock keeps out an import
 * started by another process, and such a refresh is skipped with a message.
 */
@Component
@ConditionalOnProperty(name = ScheduledRefresh.CRON)
final class ScheduledRefresh implements DisposableBean {
    static final String CRON = "arretiste.refresh.cron";
    static final String INPUTS = "arretiste.refresh.inputs";

    private final LiveSearcher searchers;
    private final ImportPaths paths;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ScheduledRefresh(LiveSearcher searchers, @Value("${" + CRON + "}") String cron,
            @Value("${" + INPUTS + ":corpus}") String inputs, @Value("${" + WebApplication.INDEX + "}") Path index) {
        this.searchers = searchers;
        this.paths = new ImportPaths(Arrays.stream(inputs.split(File.pathSeparator)).map(Path::of).toList(), index);
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("refresh-");
        // on shutdown a running import is given a moment to finish its chunk; killed, it resumes next time anyway
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
        scheduler.initialize();
        scheduler.schedule(this::refresh, new CronTrigger(cron));
    }

    void refresh() {
        try {
            JobExecution run = ImportApplication.runImport(paths, false, List.of());
            searchers.reopen();
            System.err.printf("arretiste: scheduled refresh of %s: import %s%n", paths.inputs(), run.getStatus());
        } catch (ImportBusyException e) {
            System.err.println("arretiste: scheduled refresh skipped: " + e.getMessage());
        } catch (Exception e) {
            System.err.println("arretiste: scheduled refresh failed: " + e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
