package fr.arretiste.web;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;


/**
 * The analysts' web server ({@code serve}): the page under {@code static/} and the REST API of
 * {@link ApiController}, on the index as last committed. The import's database and batch
 * configuration stay out: this application reads the index, and a {@link ScheduledRefresh}, when
 * configured, runs the import in a context of its own.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration"})
public class WebApplication {
    static final String INDEX = "arretiste.index";

    /** Starts the server on {@code host:port} (port 0: any free port) and returns once it listens. */
    public static ConfigurableApplicationContext start(Path index, String host, int port, String... properties) {
        return new SpringApplicationBuilder(WebApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(INDEX + "=" + index.toAbsolutePath(), "server.address=" + host, "server.port=" + port)
                .properties(properties)
                .run();
    }

    /** The port the server of this application listens on. */
    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /**
     * An encoded slash in an id ("..%2F..") reaches the API's id check, which refuses it in JSON,
     * rather than Tomcat's refusal page in HTML.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashes() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /** One searcher for every request (Lucene's searcher is thread-safe, and opening it costs), renewed after a refresh. */
    @Bean(destroyMethod = "close")
    LiveSearcher searcher(@Value("${" + INDEX + "}") Path index) throws IOException {
        return new LiveSearcher(index);
    }
}
