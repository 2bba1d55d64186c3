package fr.arretiste.extract;

import java.util.regex.Matcher;

/**
 * Reads a court named in running text, as written, with its seat: "le juge de l'exécution du tribunal
 * judiciaire de Dijon - RG : 23/02313" names "juge de l'exécution du tribunal judiciaire de Dijon", seated at
 * Dijon; "Tribunal de Commerce (LYON)" is seated at Lyon.
 */
final class CourtNameReader {
    /** A court as written and its seat (null where none is named or it is pseudonymised). */
    record NamedCourt(String name, String city) {
    }

    private CourtNameReader() {
    }

    /** The first court the text names: from its first court word to where its name ends; null if none. */
    static NamedCourt read(String text) {
        Matcher start = HeadingPatterns.COURT_WORD.matcher(text);
        if (!start.find()) {
            return null;
        }
        Matcher stop = HeadingPatterns.COURT_END.matcher(text).region(start.start(), text.length());
        int end = stop.find() ? stop.start() : text.length();
        String name = text.substring(start.start(), end).replaceAll("\\s+", " ").replace("- ", "-").strip();
        Matcher bracketed = HeadingPatterns.BRACKETED_PLACE.matcher(text.substring(end));
        if (bracketed.find()) {
            return new NamedCourt(name, seat(bracketed.group("city")));
        }
        // the seat is the last place named: "juge des libertés et de la détention du tribunal judiciaire de Lyon"
        String city = null;
        int cityEnd = name.length();
        Matcher place = HeadingPatterns.PLACE_IN_NAME.matcher(name);
        while (place.find()) {
            city = PlaceNames.capitalsOnly(place.group("city"));
            cityEnd = place.start("city") + city.length();
        }
        if (city == null) {
            Matcher after = HeadingPatterns.PLACE_AFTER_COURT.matcher(name);
            city = after.find() ? after.group("city") : null;
        }
        return new NamedCourt(name.substring(0, cityEnd), seat(city));
    }

    private static String seat(String city) {
        return city == null || PlaceNames.isPlaceholder(city) ? null
                : PlaceNames.usualCase(HeadingPatterns.AFTER_SEAT.matcher(city.strip()).replaceFirst(""));
    }
}
