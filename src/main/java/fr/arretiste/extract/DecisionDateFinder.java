package fr.arretiste.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Court;

/**
 * The date the decision is rendered and what it calls itself (arrêt, jugement, ordonnance). The surest
 * source is the decision's own title ("ARRÊT DU 22 OCTOBRE 2024"); orders without a dated title give it where
 * they are signed ("Paris, le 9 octobre 2024") or pronounced. Hearing dates are never taken, except at the
 * Cour de cassation, which renders its arrêts at the audience; a date that is the lower court's is never the
 * decision's own.
 */
final class DecisionDateFinder {
    /** The date and the decision type; either may be null. */
    record DecisionDate(String date, String decisionType) {
    }

    /** Titles are looked for in the heading, and at least in the first characters of a short-headed text. */
    private static final int MIN_TITLE_REGION = 3000;

    DecisionDate find(String text, int headingEnd, Court court, Map<String, String> metadata, Set<String> lowerDates) {
        int titleEnd = Math.min(text.length(), Math.max(headingEnd, MIN_TITLE_REGION));
        String kind = court == null ? null : court.kind();
        String given = metadata.get("decision_date");
        // a court of appeal's heading may title the lower decision ("Ordonnance du 22 Avril 2021" above "ARRET DU
        // 16 MAI 2023"): its own arrêt title comes first
        boolean arretFirst = "cour_appel".equals(kind) || "cour_cassation".equals(kind);
        for (boolean arretOnly : arretFirst ? List.of(true, false) : List.of(false)) {
            Matcher title = HeadingPatterns.TITLE_DATE.matcher(text).region(0, titleEnd);
            while (title.find()) {
                String date = FrenchDates.iso(title);
                String type = type(title.group("noun"));
                if ((!arretOnly || type.equals("arret")) && ownTitle(title, kind) && date != null && !lowerDates.contains(date)) {
                    return new DecisionDate(given != null ? given : date, type);
                }
            }
        }
        String type = undatedType(text.substring(0, titleEnd), kind);
        if (given != null) {
            return new DecisionDate(given, type);
        }
        if ("cour_cassation".equals(kind)) {
            String audience = first(HeadingPatterns.AUDIENCE, text.substring(0, titleEnd), lowerDates);
            if (audience != null) {
                return new DecisionDate(audience, type);
            }
        }
        for (Pattern p : List.of(HeadingPatterns.SIGNED_AT, HeadingPatterns.PRONOUNCED, HeadingPatterns.DATE_LINE, HeadingPatterns.DELIBERE)) {
            String date = p == HeadingPatterns.SIGNED_AT ? lastSignature(text, lowerDates) : first(p, text, lowerDates);
            if (date != null) {
                return new DecisionDate(date, type);
            }
        }
        return new DecisionDate(null, type);
    }

    /** Not a lower decision's title ("Décision déférée du..."), nor a jugement at a court that renders none. */
    private static boolean ownTitle(Matcher title, String kind) {
        if (HeadingPatterns.NOT_OWN_TITLE.matcher(title.group("qual")).find()) {
            return false;
        }
        boolean appellate = "cour_appel".equals(kind) || "cour_cassation".equals(kind);
        return !(appellate && type(title.group("noun")).equals("jugement"));
    }

    /** The type from an undated title: one in capitals ("ORDONNANCE DE RADIATION") before one in running text. */
    private static String undatedType(String heading, String kind) {
        String mixed = null;
        Matcher m = HeadingPatterns.TITLE.matcher(heading);
        while (m.find()) {
            if (ownTitle(m, kind)) {
                String noun = m.group("noun");
                if (noun.equals(noun.toUpperCase(Locale.ROOT))) {
                    return type(noun);
                }
                mixed = mixed == null ? type(noun) : mixed;
            }
        }
        return mixed;
    }

    private static String type(String noun) {
        return switch (noun.toUpperCase(Locale.ROOT).charAt(0)) {
            case 'A' -> "arret";
            case 'J' -> "jugement";
            case 'O' -> "ordonnance";
            default -> "autre";
        };
    }

    private static String first(Pattern p, String text, Set<String> excluded) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String date = FrenchDates.iso(m);
            if (date != null && !excluded.contains(date)) {
                return date;
            }
        }
        return null;
    }

    /** The signature closes the decision, so the last one is its own. */
    private static String lastSignature(String text, Set<String> excluded) {
        String found = null;
        Matcher m = HeadingPatterns.SIGNED_AT.matcher(text);
        while (m.find()) {
            String date = FrenchDates.iso(m);
            found = isSignature(m) && date != null && !excluded.contains(date) ? date : found;
        }
        return found;
    }

    /** "Fait à X le..." or "X, le...": without either, a line like "Attendu que le 3 mars 2021" is no signature. */
    static boolean isSignature(Matcher signedAt) {
        return signedAt.group("fait") != null || signedAt.group("comma") != null;
    }
}
