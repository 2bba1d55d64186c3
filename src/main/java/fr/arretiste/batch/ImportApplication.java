package fr.arretiste.batch;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application of the import: job repository (H2 in the output folder unless
 * {@code spring.datasource.*} says otherwise, see application.properties), job and launcher.
 * Started by the {@code import} command only; no web server.
 */
@SpringBootApplication
public class ImportApplication {
    /** {@code args} are Spring arguments ({@code --spring.datasource.url=...}). */
    public static ConfigurableApplicationContext start(Path output, List<String> args) {
        return new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("arretiste.output=" + output)
                .run(args.toArray(String[]::new));
    }
}
