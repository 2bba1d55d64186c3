package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application of the import: job repository (H2 in the output folder unless
 * {@code spring.datasource.*} says otherwise, see application.properties), job and launcher.
 * Started by the {@code import} and {@code check} commands, and by whatever schedules imports; no web server.
 */
@SpringBootApplication
public class ImportApplication {
    /**
     * One import, start to end: takes the output folder's lock (or throws {@link ImportBusyException}
     * at once), starts the application, runs or resumes the import, stops the application. The one
     * call for the command line and for a scheduler alike. {@code args} are Spring arguments
     * ({@code --spring.datasource.url=...}).
     */
    public static JobExecution runImport(ImportPaths paths, boolean full, List<String> args)
            throws IOException, ImportBusyException, JobExecutionException {
        try (OutputLock lock = OutputLock.acquire(paths.output(), "import");
                ConfigurableApplicationContext app = start(paths.output(), args)) {
            return app.getBean(ImportLauncher.class).run(paths, full);
        }
    }

    /** The application alone; the caller holds the output folder's {@link OutputLock}. */
    public static ConfigurableApplicationContext start(Path output, List<String> args) {
        return new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("arretiste.output=" + output)
                .run(args.toArray(String[]::new));
    }
}
