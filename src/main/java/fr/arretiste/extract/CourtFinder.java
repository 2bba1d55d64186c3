package fr.arretiste.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Court;

/**
 * The court that renders the decision. Its name stands as a title at the start of a heading line; a
 * heading also names lower courts ("Décision du Tribunal Judiciaire de SAINT ETIENNE" above "COUR D'APPEL DE
 * LYON"), so among the titles the highest court wins: a court never names a higher one as a title. A
 * Judilibre export's {@code jurisdiction} settles the kind when it is given.
 */
final class CourtFinder {
    /** A kind of court, highest first, with how its name is written. */
    private record Kind(String kind, String label, Pattern title, Anchored mention) {
        Kind(String kind, String label, String name) {
            this(kind, label, HeadingPatterns.courtTitle(name), HeadingPatterns.courtMention(name));
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("cour_administrative_appel", "Cour administrative d'appel", HeadingPatterns.COUR_ADMINISTRATIVE_APPEL),
            new Kind("cour_appel", "Cour d'appel", HeadingPatterns.COUR_APPEL),
            new Kind("tribunal_administratif", "Tribunal administratif", HeadingPatterns.TRIBUNAL_ADMINISTRATIF),
            new Kind("tribunal_judiciaire", "Tribunal judiciaire", HeadingPatterns.TRIBUNAL_JUDICIAIRE),
            new Kind("tribunal_commerce", "Tribunal de commerce", HeadingPatterns.TRIBUNAL_COMMERCE),
            new Kind("conseil_prudhommes", "Conseil de prud'hommes", HeadingPatterns.CONSEIL_PRUDHOMMES));

    /** Judilibre's {@code jurisdiction} codes. */
    private static final Map<String, String> JURISDICTIONS = Map.of("cc", "cour_cassation", "ca", "cour_appel",
            "tj", "tribunal_judiciaire", "tcom", "tribunal_commerce");

    private static final Court CASSATION = new Court("cour_cassation", "Cour de cassation", "Paris");
    private static final Court CONSEIL_ETAT = new Court("conseil_etat", "Conseil d'État", "Paris");

    Court find(ScannedText scanned, int headingEnd, Map<String, String> metadata) {
        String given = JURISDICTIONS.get(metadata.getOrDefault("jurisdiction", "").toLowerCase(Locale.ROOT));
        if (allows(given, CASSATION) && scanned.lines(HeadingPatterns.CASSATION_TITLE, headingEnd).find()) {
            return CASSATION;
        }
        if (allows(given, CONSEIL_ETAT) && scanned.lines(HeadingPatterns.CONSEIL_ETAT_TITLE, headingEnd).find()) {
            return CONSEIL_ETAT;
        }
        for (Kind kind : KINDS) {
            if (given == null || given.equals(kind.kind())) {
                Optional<Court> court = titled(kind, scanned, headingEnd);
                if (court.isPresent()) {
                    return court.get();
                }
            }
        }
        return mentioned(given, scanned);
    }

    private static boolean allows(String given, Court court) {
        return given == null || given.equals(court.kind());
    }

    /** The first title of this kind, its pseudonymised seat read elsewhere when it can be. */
    private static Optional<Court> titled(Kind kind, ScannedText scanned, int headingEnd) {
        StartMatcher title = scanned.lines(kind.title(), headingEnd);
        if (!title.find()) {
            return Optional.empty();
        }
        Matcher m = title.matcher();
        String city = PlaceNames.seat(m.group("prep"), m.group("city"));
        if (PlaceNames.isPlaceholder(city) && kind.kind().equals("cour_appel")) {
            city = ownSeat(scanned);
        }
        return Optional.of(court(kind, PlaceNames.isPlaceholder(city) ? null : city));
    }

    /** No title: the first court of the highest kind the text names anywhere ("...de la cour d'appel de RIOM"). */
    private static Court mentioned(String given, ScannedText scanned) {
        for (Kind kind : KINDS) {
            if (given == null || given.equals(kind.kind())) {
                StartMatcher mentions = scanned.words(kind.mention());
                while (mentions.find()) {
                    Matcher m = mentions.matcher();
                    String city = PlaceNames.seat(m.group("prep"), m.group("city"));
                    if (!PlaceNames.isPlaceholder(city)) {
                        return court(kind, city);
                    }
                }
            }
        }
        if (given == null || given.equals(CASSATION.kind())) {
            return given == null ? null : CASSATION;
        }
        return KINDS.stream().filter(k -> k.kind().equals(given)).findFirst().map(k -> court(k, null)).orElse(null);
    }

    /** A cour d'appel whose heading hides its seat names it when it speaks of itself or signs. */
    private static String ownSeat(ScannedText scanned) {
        StartMatcher selves = scanned.words(HeadingPatterns.COUR_APPEL_SELF);
        while (selves.find()) {
            Matcher self = selves.matcher();
            String city = PlaceNames.seat(self.group("prep"), self.group("city"));
            if (!PlaceNames.isPlaceholder(city)) {
                return city;
            }
        }
        StartMatcher signatures = scanned.lines(HeadingPatterns.SIGNED_AT);
        while (signatures.find()) {
            Matcher signature = signatures.matcher();
            if (DecisionDateFinder.isSignature(signature) && !PlaceNames.isPlaceholder(signature.group("seat"))) {
                return PlaceNames.usualCase(signature.group("seat").strip());
            }
        }
        return null;
    }

    private static Court court(Kind kind, String city) {
        return new Court(kind.kind(), city == null ? kind.label() : kind.label() + " " + of(city), city);
    }

    /** "de Douai", "d'Angers", "du Mans", "des Sables-d'Olonne". */
    private static String of(String city) {
        if (city.startsWith("Le ")) {
            return "du " + city.substring(3);
        }
        if (city.startsWith("Les ")) {
            return "des " + city.substring(4);
        }
        return "AEIOUYÉÈÊÂÎaeiouyéèêâî".indexOf(city.charAt(0)) >= 0 ? "d'" + city : "de " + city;
    }
}
