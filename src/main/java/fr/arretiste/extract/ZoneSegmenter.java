package fr.arretiste.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * Finds the entête, exposé, motivation and dispositif of a ruling from the headings that open them.
 * First version: the dispositif opens at the last "PAR CES MOTIFS" (or the Cour de cassation's
 * "EN CONSÉQUENCE, la Cour") at the start of a line; the exposé at the first heading of facts or
 * procedure; the motivation at the first heading of the court's reasons after it.
 */
public final class ZoneSegmenter {
    private static final Pattern DISPOSITIF = Pattern.compile(
            "(?im)^[ \\t]*(PAR CES MOTIFS|EN CONS[ÉE]QUENCE,? la Cour)");
    private static final Pattern EXPOSE = Pattern.compile(
            "(?im)^[ \\t]*(EXPOS[ÉE] DU LITIGE|FAITS ET PROC[ÉE]DURE|EXPOS[ÉE] DES FAITS|RAPPEL DES FAITS|FAITS,? PROC[ÉE]DURE|PROC[ÉE]DURE ET PR[ÉE]TENTIONS|Faits et proc[ée]dure)");
    private static final Pattern MOTIVATION = Pattern.compile(
            "(?im)^[ \\t]*(MOTIFS DE LA D[ÉE]CISION|SUR CE|MOTIFS|DISCUSSION|Examen du moyen|R[ée]ponse de la Cour)");

    private ZoneSegmenter() {
    }

    public static Zones segment(String text) {
        int end = text.length();
        int dispositif = lastStart(DISPOSITIF, text);
        int limit = dispositif < 0 ? end : dispositif;
        int expose = firstStart(EXPOSE, text, 0, limit);
        int motivation = firstStart(MOTIVATION, text, expose < 0 ? 0 : expose + 1, limit);
        int enteteEnd = expose >= 0 ? expose : motivation >= 0 ? motivation : limit;
        return new Zones(
                enteteEnd > 0 ? new Span(0, enteteEnd) : null,
                expose >= 0 ? new Span(expose, motivation >= 0 ? motivation : limit) : null,
                motivation >= 0 ? new Span(motivation, limit) : null,
                dispositif >= 0 ? new Span(dispositif, end) : null);
    }

    private static int lastStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start(1);
        }
        return last;
    }

    private static int firstStart(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? m.start(1) : -1;
    }
}
