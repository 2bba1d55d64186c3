package fr.arretiste.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8 whatever the locale, so that accents survive a pipe or a cron mail. */
final class Output {
    private Output() {
    }

    static PrintWriter utf8() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    }
}
