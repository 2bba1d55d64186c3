package fr.arretiste.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import fr.arretiste.ruling.Court;

/**
 * The chamber, as the heading writes it: the chamber line of the heading ("1ère chambre civile", "Pôle 5 -
 * Chambre 3"), with the line that completes it ("CHAMBRE CIVILE" + "1° section"); at the Cour de cassation,
 * the chamber its title names ("Chambre sociale"); a Judilibre export's {@code chamber} where it is given.
 * A chamber in capitals is given in the usual case.
 */
final class ChamberFinder {
    /** Heading lines worth reading: the chamber is written near the top. */
    private static final int MAX_LINES = 60;

    String find(String text, int headingEnd, Court court, Map<String, String> metadata) {
        String given = metadata.get("chamber");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String heading = text.substring(0, headingEnd);
        if (court != null && court.kind().equals("cour_cassation")) {
            return cassation(heading);
        }
        String line = chamberLine(heading);
        if (line == null) {
            Matcher inline = HeadingPatterns.CHAMBER_INLINE.matcher(heading);
            line = inline.find() ? clean(inline.group("chamber")) : null;
        }
        // a heading in capitals ("CHAMBRE 2 SECTION 1") is written the way a researcher cites it ("Chambre 2 Section 1")
        return line == null || !line.equals(line.toUpperCase(Locale.ROOT)) ? line : PlaceNames.usualCase(line);
    }

    /** "ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU..." gives "Deuxième chambre civile". */
    private static String cassation(String heading) {
        Matcher title = HeadingPatterns.CASSATION_CHAMBER.matcher(heading);
        if (title.find()) {
            return sentenceCase(title.group("chamber"));
        }
        Matcher formation = HeadingPatterns.CASSATION_FORMATION.matcher(heading);
        return formation.find() ? sentenceCase(formation.group("chamber")) : null;
    }

    private static String chamberLine(String heading) {
        String[] lines = heading.split("\n", MAX_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
            Matcher m = HeadingPatterns.CHAMBER_LINE.matcher(lines[i]);
            if (m.matches() && !HeadingPatterns.NOT_A_CHAMBER.matcher(lines[i]).find()) {
                String own = HeadingPatterns.COURT_BEFORE_CHAMBER.matcher(m.group("chamber").strip()).replaceFirst("");
                StringBuilder chamber = new StringBuilder(clean(own));
                int next = nextNonBlank(lines, i + 1);
                if (next >= 0 && HeadingPatterns.CHAMBER_CONTINUATION.matcher(lines[next]).matches()
                        && !HeadingPatterns.HEADING_LABEL.matcher(lines[next]).find()) {
                    chamber.append(' ').append(clean(lines[next]));
                }
                return chamber.toString();
            }
        }
        return null;
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < Math.min(lines.length, MAX_LINES); i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** "CHAMBRE COMMERCIALE, FINANCIÈRE ET ÉCONOMIQUE" is "Chambre commerciale, financière et économique". */
    private static String sentenceCase(String s) {
        String lower = clean(s).toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? null : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
