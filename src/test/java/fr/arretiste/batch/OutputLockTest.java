package fr.arretiste.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import fr.arretiste.testing.GeneratedCorpus;
import fr.arretiste.testing.ImportProcess;
import fr.arretiste.testing.TrivialExtraction;

/** One import at a time per output folder: a second one refuses at once, saying who runs; a killed one leaves no lock behind. */
class OutputLockTest {
    private static final List<String> SPRING = List.of("--spring.main.sources=" + TrivialExtraction.class.getName());

    @TempDir
    Path tmp;

    @Test
    void aSecondImportInTheSameProcessRefuses() throws Exception {
        ImportPaths paths = paths(1);
        try (OutputLock first = OutputLock.acquire(paths.output(), "import")) {
            assertThatThrownBy(() -> ImportApplication.runImport(paths, false, SPRING))
                    .isInstanceOf(ImportBusyException.class)
                    .hasMessage("another import or check is running on " + paths.output() + " (import by process "
                            + ProcessHandle.current().pid() + " since " + since(paths) + "): wait for it to end, "
                            + "or use another --index folder");
        }
    }

    @Test
    void anImportRunningInAnotherProcessBlocksThisOneUntilItIsKilled() throws Exception {
        ImportPaths paths = paths(60);
        ImportProcess other = ImportProcess.start(paths.inputs().getFirst(), paths.index(), tmp.resolve("other.log"),
                List.of("-Darretiste.import.chunk-size=5", "-Darretiste.test.extraction-delay-ms=200"));
        try {
            while (other.isAlive() && since(paths).isEmpty()) {
                Thread.sleep(10);
            }
            assertTrue(other.isAlive(), other.output());
            assertThatThrownBy(() -> ImportApplication.runImport(paths, false, SPRING))
                    .isInstanceOf(ImportBusyException.class)
                    .hasMessageContaining("(import by process ")
                    .hasMessageNotContaining("(import by process " + ProcessHandle.current().pid() + " ");
        } finally {
            other.kill();
        }
        assertEquals(BatchStatus.COMPLETED, ImportApplication.runImport(paths, false, SPRING).getStatus());
        assertThat(ImportOutputs.of(paths).rulingsLines()).hasSize(60);
    }

    /** When the holder of the lock took it, as the lock file says; empty while nobody holds it. */
    private static String since(ImportPaths paths) throws IOException {
        Path lock = paths.output().resolve(".import.lock");
        String holder = Files.exists(lock) ? Files.readString(lock).strip() : "";
        return holder.isEmpty() ? "" : holder.substring(holder.indexOf(" since ") + " since ".length());
    }

    private ImportPaths paths(int rulings) throws IOException {
        return new ImportPaths(List.of(GeneratedCorpus.write(tmp.resolve("corpus"), rulings, 0)), tmp.resolve("output/index"));
    }
}
