package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

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

    /** A title line of the heading: its noun, what qualifies it up to its date, and that date if it gives one. */
    private record Title(String noun, String qualifier, String date) {
        String type() {
            return DecisionDateFinder.type(noun);
        }

        boolean capitals() {
            return noun.equals(noun.toUpperCase(Locale.ROOT));
        }
    }

    /** How far a title may run before its date: "ARRÊT DE LA COUR DE CASSATION, CHAMBRE COMMERCIALE, ..., DU". */
    private static final int MAX_QUALIFIER = 170;
    /** A title's next lines are short ("DE LA MISE EN ETAT DU..."); a sentence is no part of it. */
    private static final int MAX_TITLE_LINE = 60;

    DecisionDate find(ScannedText scanned, int headingEnd, Court court, Map<String, String> metadata, Set<String> lowerDates) {
        String text = scanned.text();
        int titleEnd = Math.min(text.length(), Math.max(headingEnd, MIN_TITLE_REGION));
        String kind = court == null ? null : court.kind();
        List<Title> titles = titles(text.substring(0, titleEnd), scanned.lines(HeadingPatterns.TITLE, titleEnd)).stream().filter(t -> ownTitle(t, kind)).toList();
        String given = metadata.get("decision_date");
        // a court of appeal's heading may title the lower decision ("Ordonnance du 22 Avril 2021" above "ARRET DU
        // 16 MAI 2023"): its own arrêt title comes first
        for (boolean arretOnly : appellate(kind) ? List.of(true, false) : List.of(false)) {
            for (Title title : titles) {
                if ((!arretOnly || title.type().equals("arret")) && title.date() != null && !lowerDates.contains(title.date())) {
                    return new DecisionDate(given != null ? given : title.date(), title.type());
                }
            }
        }
        // the type from an undated title: one in capitals ("ORDONNANCE DE RADIATION") before one in running text
        String type = titles.stream().filter(Title::capitals).findFirst().or(() -> titles.stream().findFirst())
                .map(Title::type).orElse(null);
        if (given != null) {
            return new DecisionDate(given, type);
        }
        if ("cour_cassation".equals(kind)) {
            String audience = first(scanned.words(HeadingPatterns.AUDIENCE, titleEnd), lowerDates);
            if (audience != null) {
                return new DecisionDate(audience, type);
            }
        }
        List<Supplier<String>> elsewhere = List.of(() -> lastSignature(scanned.lines(HeadingPatterns.SIGNED_AT), lowerDates),
                () -> first(scanned.words(HeadingPatterns.PRONOUNCED), lowerDates),
                () -> first(scanned.lines(HeadingPatterns.DATE_LINE), lowerDates),
                () -> first(scanned.words(HeadingPatterns.DELIBERE), lowerDates));
        for (Supplier<String> source : elsewhere) {
            String date = source.get();
            if (date != null) {
                return new DecisionDate(date, type);
            }
        }
        return new DecisionDate(null, type);
    }

    /** The heading's title lines, in order; a title's date is the first one its next lines give after a "DU". */
    private static List<Title> titles(String heading, StartMatcher lines) {
        List<Title> titles = new ArrayList<>();
        while (lines.find()) {
            Matcher m = lines.matcher();
            int from = m.end("noun");
            Matcher span = HeadingPatterns.TITLE_SPAN.matcher(heading).region(from, heading.length());
            int to = span.lookingAt() ? span.end() : from;
            Matcher dated = HeadingPatterns.TITLE_DATED.matcher(heading).region(from, Math.min(to, from + MAX_QUALIFIER + MAX_TITLE_LINE));
            String date = null;
            while (date == null && dated.find()) { // "DU CONSEILLER DE LA MISE EN ETAT DU 22 Octobre 2024": the next "DU"
                date = FrenchDates.iso(dated);
            }
            String upToDate = date != null ? heading.substring(from, dated.start()) : null;
            boolean gives = upToDate != null && upToDate.length() <= MAX_QUALIFIER && upToDate.chars().noneMatch(Character::isDigit)
                    && upToDate.lines().skip(1).allMatch(line -> line.strip().length() <= MAX_TITLE_LINE);
            titles.add(new Title(m.group("noun"), gives ? upToDate : m.group("qual"), gives ? date : null));
        }
        return titles;
    }

    /** Not a lower decision's title ("Décision déférée du..."), nor a jugement at a court that renders none. */
    private static boolean ownTitle(Title title, String kind) {
        if (HeadingPatterns.NOT_OWN_TITLE.matcher(title.qualifier()).find()) {
            return false;
        }
        return !(appellate(kind) && title.type().equals("jugement"));
    }

    /** Courts that render arrêts and ordonnances, never jugements. */
    private static boolean appellate(String kind) {
        return "cour_appel".equals(kind) || "cour_cassation".equals(kind);
    }

    private static String type(String noun) {
        return switch (noun.toUpperCase(Locale.ROOT).charAt(0)) {
            case 'A' -> "arret";
            case 'J' -> "jugement";
            case 'O' -> "ordonnance";
            default -> "autre";
        };
    }

    private static String first(StartMatcher matches, Set<String> excluded) {
        while (matches.find()) {
            String date = FrenchDates.iso(matches.matcher());
            if (date != null && !excluded.contains(date)) {
                return date;
            }
        }
        return null;
    }

    /** The signature closes the decision, so the last one is its own. */
    private static String lastSignature(StartMatcher signatures, Set<String> excluded) {
        String found = null;
        while (signatures.find()) {
            Matcher m = signatures.matcher();
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
