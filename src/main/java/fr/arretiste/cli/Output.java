package fr.arretiste.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import fr.arretiste.ruling.RulingJson;

/** Standard output in UTF-8 whatever the locale, so that accents survive a pipe or a cron mail. */
final class Output {
    private Output() {
    }

    static PrintWriter utf8() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    }

    /** A command's result on standard output: as one line of JSON for scripts, else as {@code forPeople} writes it. */
    static void print(Object result, boolean json, Consumer<PrintWriter> forPeople) {
        PrintWriter out = utf8();
        if (json) {
            out.println(RulingJson.mapper().writeValueAsString(result));
        } else {
            forPeople.accept(out);
        }
        out.flush();
    }
}
