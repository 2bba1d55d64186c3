package fr.arretiste.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import fr.arretiste.web.WebApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The analysts' web page and its REST API (/api/search, /api/rulings/ID, /api/rulings/ID/similar, "
                + "/api/compare?ids=A,B, /api/stats) on the index, until interrupted (Ctrl-C).",
                "Searches read the index as last committed when the server started, or after its scheduled refresh "
                        + "(--refresh-cron): restart the server after an import run by other means."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network)")
    String host;

    @Mixin
    IndexOption index;

    @Option(names = "--refresh-cron", paramLabel = "CRON",
            description = "run the incremental import into the index on this schedule while serving, in Spring's six "
                    + "fields, seconds first (\"0 0 2 * * *\": every day at 2 a.m.); also arretiste.refresh.cron")
    String refreshCron;

    @Option(names = "--refresh-input", paramLabel = "DIR", defaultValue = "corpus",
            description = "the folder the scheduled refresh imports (default: ${DEFAULT-VALUE})")
    Path refreshInput;

    @Override
    public Integer call() throws Exception {
        index.open().close(); // a missing index is said now, in the command's words, not in a framework's stack trace
        List<String> refresh = refreshCron == null ? List.of()
                : List.of("arretiste.refresh.cron=" + refreshCron, "arretiste.refresh.inputs=" + refreshInput.toAbsolutePath());
        ConfigurableApplicationContext app = WebApplication.start(index.dir, host, port, refresh.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        app.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
        System.err.printf("arretiste: serving %s on http://%s:%d/ (Ctrl-C to stop)%n", index.dir, host,
                WebApplication.port(app));
        closed.await();
        return 0;
    }
}
