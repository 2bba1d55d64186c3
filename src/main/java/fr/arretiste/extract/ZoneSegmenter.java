package fr.arretiste.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * Finds the entête, exposé, motivation and dispositif of a ruling from the headings that open them.
 * <ol>
 * <li>The decision itself: a Judilibre decision page starts it after "Texte de la décision"; the
 * decision ends before its annexed grounds ("moyens annexés") and at the first line of page chrome
 * after its dispositif (the page's "Décision attaquée" box, a web capture's comment widget).</li>
 * <li>The dispositif opens at the LAST "PAR CES MOTIFS" (or "EN CONSÉQUENCE" of the Cour de
 * cassation) at the start of a line: one quoted earlier in the exposé (the lower court's, or a
 * party's "PAR CES MOTIFS, plaise à la cour") comes before the ruling's own, which is followed
 * only by the signatures. Without one, a closing formula ("LE TRIBUNAL, statuant...",
 * "DÉCISION") may open it.</li>
 * <li>The motivation opens at the first heading of the court's reasons, the exposé at the first
 * heading of facts or procedure before it; both come after the heading of the decision, which in
 * the Cour de cassation ends with "... a rendu le présent arrêt". A Cour de cassation decision with
 * no such headings has its reasons right after that formula; other decisions without them have
 * their exposé at the first visa ("Vu...") and their reasons at the first recital ("Attendu
 * que...").</li>
 * </ol>
 * Zones are contiguous; a zone the ruling lacks is null.
 */
public final class ZoneSegmenter {
    /** The end of a word: {@code \\b} does not see one after an accented capital ("EXPOSÉ"). */
    private static final String WORD_END = "(?![\\p{L}\\d])";

    /** A Judilibre decision page: what comes before this section title is the site's menus. */
    private static final String PAGE_TEXT_TITLE = "Texte de la décision";
    private static final Pattern PAGE_TEXT_START = Pattern.compile("(?m)^[ \\t]*" + PAGE_TEXT_TITLE + "[ \\t]*$");

    /**
     * Whole lines that come after the end of the decision: the notices of the means of redress and
     * of notification that follow the signatures, the sections of a Judilibre page that follow the
     * text, and the comment widget of a web capture.
     */
    private static final Pattern AFTER_DECISION = Pattern.compile("(?m)^[ \\t]*(?:"
            + "Pour information[ \\t]*:?|[AÀ] l'attention d.*|REÇU NOTIFICATION.*"
            + "|Décision attaquée|Textes appliqués|Les dates clés|Travaux (?iu:préparatoires)|Rapprochements? de jurisprudence"
            + "|Vous devez être connecté.*|Retour en haut de page"
            + "|\\d+ \\d+ votes?|\\d+ votes?|Évaluation de l'article|Commentaires en ligne|Afficher tous les commentaires"
            + ")[ \\t]*$");

    /**
     * The grounds a Cour de cassation decision annexes after its signatures: not the decision's
     * dispositif, and the "PAR CES MOTIFS" of a party's brief in them is not one.
     */
    private static final Pattern ANNEXES = Pattern.compile(
            "(?m)^[ \\t]*(?:(?iu:moyens? annex[ée]s?)(?: (?:au|à la) présente? .*)?|Moyens? produits? par .*)[ \\t]*$");

    /**
     * What opens the dispositif, at the start of a line. "PAR CES MOTIFS" followed by the claim
     * formula ("plaise à la cour", "il est demandé") ends a party's conclusions, not a ruling.
     * The Cour de cassation's "EN CONSÉQUENCE" is in capitals and followed by the deciding
     * body ("la Cour :", "la conseillère référendaire déléguée,") or nothing.
     * "Dispositif" alone is the Judilibre page's section title.
     */
    private static final Pattern DISPOSITIF = Pattern.compile("(?m)^[ \\t]*(?:"
            + "(?iu:par ces motifs)(?![\\s\\S]{0,120}?(?iu:plaise|il est demandé|demander à la cour))"
            + "|EN CONS[ÉE]QUENCE(?=[ \\t]*(?:$|:|,[ \\t]*(?:la Cour|l[ea] (?:conseill|premi|présid|magistrat|juge))))"
            + "|(?iu:dispositif)[ \\t]*:?[ \\t]*$)");

    /**
     * Without any of those: a line "DÉCISION" or "DISPOSITIF" alone, or the deciding body's
     * formula ("LE TRIBUNAL, statuant publiquement...", "Nous, juge des référés, statuant..."),
     * in the second half of the decision (the same words in its first half head the decision or
     * quote the lower court).
     */
    private static final Pattern DISPOSITIF_FALLBACK = Pattern.compile("(?m)^[ \\t]*(?:"
            + "(?iu:d[ée]cision|dispositif)[ \\t]*:?[ \\t]*$"
            + "|(?:LE TRIBUNAL|LE JUGE|LA COUR|Le tribunal|Le juge|La cour|Nous)\\b[^\\n]{0,120}?,[ \\t]*"
            + "(?:statuant|après (?:en avoir )?délibéré))");

    // All the patterns above open with ^ and are tried at line starts only (LineStarts).

    /** The end of a Cour de cassation decision's heading: the court "a rendu le présent arrêt." */
    private static final Pattern HEADING_END = Pattern.compile(
            "a rendu (?:le présent arrêt|la présente (?:décision|ordonnance)|l'(?:arrêt|ordonnance|décision) suivante?)"
                    + "[^\\n]*");

    /** Headings of facts, procedure and claims (the Judilibre page's "Exposé du litige" among them). */
    private static final Pattern EXPOSE = Pattern.compile("(?imu)^[ \\t]*(?:[IVX\\d]{1,4}[ \\t]*[-.)/°]+[ \\t]*)?(?:"
            + "expos[ée]|(?:rappel|r[ée]sum[ée]) (?:des faits|de la procédure)|(?:les )?faits|en fait|(?:la )?proc[ée]dure"
            + "|(?:les )?(?:pr[ée]tentions|demandes) (?:et moyens )?des parties|objet du litige|le litige|ant[ée]c[ée]dents"
            + ")" + WORD_END);

    /**
     * Headings of the court's reasons: "MOTIFS DE LA DÉCISION", "SUR CE", "DISCUSSION", and the Cour
     * de cassation's "Examen du moyen", "Réponse de la Cour", "Recevabilité du pourvoi"; "Moyens" and
     * "Motivation" alone are the Judilibre page's section titles.
     */
    private static final Pattern MOTIVATION = Pattern.compile("(?imu)^[ \\t]*(?:[IVX\\d]{1,4}[ \\t]*[-.)/°]+[ \\t]*)?(?:"
            + "motifs|motivation|discussion|sur ce|sur quoi|(?:ceci|cela)(?: étant)? exposé"
            + "|examen d(?:u|es) (?:moyens?|pourvois?|griefs?)"
            + "|r[ée]ponse de la cour|(?:sur la )?recevabilit[ée] du pourvoi|(?:sur la )?d[ée]ch[ée]ance du pourvoi"
            + "|sur le(?:s)? (?:premier )?moyens?|appr[ée]ciation de la cour|en droit"
            + "|(?-i:Moyens)(?=[ \\t]*$))" + WORD_END);

    /** "SUR CE, LA COUR...", "SUR QUOI": in capitals, these open the reasons even at the head of a long line. */
    private static final Pattern MOTIVATION_FORMULA = Pattern.compile(
            "(?m)^[ \\t]*(?:SUR (?:CE|QUOI)|(?:CECI|CELA) (?:ÉTANT )?EXPOSÉ)" + WORD_END);

    /** Without headings, the visas ("Vu la procédure...") open the exposé... */
    private static final Pattern EXPOSE_FALLBACK = Pattern.compile("(?m)^[ \\t]*(?:Vu|VU) ");

    /** ...and the recitals ("Attendu que...", "Considérant que...") the reasons. */
    private static final Pattern MOTIVATION_FALLBACK = Pattern.compile("(?m)^[ \\t]*(?:Attendu|ATTENDU|Considérant|CONSIDÉRANT)" + WORD_END);

    private static final int MAX_HEADING_LENGTH = 90;
    private static final int MAX_HEADING_WORDS = 7;

    private ZoneSegmenter() {
    }

    public static Zones segment(String text) {
        LineStarts lines = LineStarts.of(text);
        int start = skipBlank(text, bodyStart(text, lines));
        int annexes = first(ANNEXES, text, lines, start, text.length());
        int decision = annexes >= 0 ? annexes : text.length();
        int dispositif = dispositifStart(text, lines, start, decision);
        int end = decisionEnd(text, lines, dispositif >= 0 ? dispositif : start, decision);
        int limit = dispositif >= 0 ? dispositif : end;
        Matcher headingEnd = HEADING_END.matcher(text).region(start, limit);
        boolean formal = headingEnd.find();
        int from = formal ? headingEnd.end() : lineEnd(text, start);
        int motivation = earliest(firstHeading(MOTIVATION, text, lines, from, limit), first(MOTIVATION_FORMULA, text, lines, from, limit));
        // A heading of facts after the first heading of reasons titles a part of the reasons.
        int expose = firstHeading(EXPOSE, text, lines, from, motivation >= 0 ? motivation : limit);
        if (expose < 0 && motivation < 0 && formal) {
            motivation = skipBlank(text, from);
        }
        if (motivation < 0) {
            motivation = first(MOTIVATION_FALLBACK, text, lines, expose >= 0 ? lineEnd(text, expose) : from, limit);
        }
        if (expose < 0 && !formal) {
            expose = first(EXPOSE_FALLBACK, text, lines, from, motivation >= 0 ? motivation : limit);
        }
        int enteteEnd = expose >= 0 ? expose : motivation >= 0 ? motivation : limit;
        return new Zones(
                span(start, enteteEnd),
                expose >= 0 ? span(expose, motivation >= 0 ? motivation : limit) : null,
                motivation >= 0 ? span(motivation, limit) : null,
                dispositif >= 0 ? span(dispositif, end) : null);
    }

    private static Span span(int start, int end) {
        return end > start ? new Span(start, end) : null;
    }

    private static int bodyStart(String text, LineStarts lines) {
        if (!text.contains(PAGE_TEXT_TITLE)) {
            return 0;
        }
        StartMatcher m = lines.matches(PAGE_TEXT_START, 0, text.length());
        return m.find() ? m.matcher().end() : 0;
    }

    private static int dispositifStart(String text, LineStarts lines, int from, int to) {
        int last = lastStart(DISPOSITIF, text, lines, from, to);
        return last >= 0 ? last : lastStart(DISPOSITIF_FALLBACK, text, lines, from + (to - from) / 2, to);
    }

    /** Where the decision ends: before the first line that follows it after {@code from}, blanks trimmed. */
    private static int decisionEnd(String text, LineStarts lines, int from, int to) {
        StartMatcher m = lines.matches(AFTER_DECISION, from, to);
        int end = m.find() ? m.matcher().start() : to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int lastStart(Pattern p, String text, LineStarts lines, int from, int to) {
        StartMatcher m = lines.matches(p, from, to);
        int last = -1;
        while (m.find()) {
            last = skipBlank(text, m.matcher().start());
        }
        return last;
    }

    /** The first line in {@code [from, to)} that {@code p} starts and that is a heading. */
    private static int firstHeading(Pattern p, String text, LineStarts lines, int from, int to) {
        StartMatcher m = lines.matches(p, Math.min(from, to), to);
        while (m.find()) {
            int start = skipBlank(text, m.matcher().start());
            if (isHeading(text.substring(start, lineEnd(text, start)).strip())) {
                return start;
            }
        }
        return -1;
    }

    /**
     * A heading is a short line that starts with a capital: in capitals, or of a few words that do
     * not end as a sentence does ("Les faits ne sont pas contestés." is not a heading).
     */
    private static boolean isHeading(String line) {
        int letter = 0;
        while (letter < line.length() && !Character.isLetter(line.charAt(letter))) {
            letter++;
        }
        if (line.length() > MAX_HEADING_LENGTH || letter == line.length() || !Character.isUpperCase(line.charAt(letter))) {
            return false;
        }
        return line.chars().noneMatch(Character::isLowerCase)
                || line.split("\\s+").length <= MAX_HEADING_WORDS && !line.endsWith(".") && !line.endsWith(";");
    }

    private static int first(Pattern p, String text, LineStarts lines, int from, int to) {
        StartMatcher m = lines.matches(p, Math.min(from, to), to);
        return m.find() ? skipBlank(text, m.matcher().start()) : -1;
    }

    /** The smaller of two positions, -1 standing for none. */
    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }
}
