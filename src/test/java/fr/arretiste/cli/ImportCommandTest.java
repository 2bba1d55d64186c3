package fr.arretiste.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Usage errors of {@code import} are caught before Spring starts, with exit status 2 as CLI.md says. */
class ImportCommandTest {
    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("a folder that does not exist", new String[] {"import", "no-such-folder"}),
                Arguments.of("an option that is neither ours nor Spring's", new String[] {"import", "--bogus"}),
                Arguments.of("--index without its folder", new String[] {"import", "--index"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void exitsWithTwo(String what, String[] args) {
        assertEquals(2, Main.run(args));
    }
}
