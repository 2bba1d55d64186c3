package fr.arretiste.extract;

import java.util.Locale;
import java.util.Set;

/** Court seats as a researcher writes them: "DU MANS" is "Le Mans", "BOULOGNE SUR MER" is "Boulogne sur Mer". */
final class PlaceNames {
    /** Words that stay in lower case inside a place name written in capitals. */
    private static final Set<String> PARTICLES = Set.of("sur", "en", "de", "du", "des", "la", "le", "les", "et", "l", "d", "aux", "au");

    private PlaceNames() {
    }

    /** A pseudonymised place: "[Localité 1]". */
    static boolean isPlaceholder(String place) {
        return place == null || place.startsWith("[");
    }

    /**
     * The seat named after a preposition: ("DU", "MANS") is "Le Mans", ("DE LA", "ROCHE-SUR-YON") is "La
     * Roche-sur-Yon"; names in capitals are put in the usual case, others kept as written.
     */
    static String seat(String preposition, String place) {
        String name = HeadingPatterns.AFTER_SEAT.matcher(place.strip()).replaceFirst("");
        String article = switch (preposition.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip()) {
            case "DU" -> "Le ";
            case "DES" -> "Les ";
            case "DE LA" -> "La ";
            case "DE L'" -> "L'";
            default -> "";
        };
        return isPlaceholder(name) ? name : article + usualCase(capitalsOnly(name));
    }

    /** "SAINT ETIENNE Au fond", "RENNES le": a name in capitals stops at the first word that is not. */
    static String capitalsOnly(String place) {
        String[] words = place.strip().split("\\s+");
        if (!words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            return place.strip();
        }
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length && words[i].equals(words[i].toUpperCase(Locale.ROOT)); i++) {
            out.append(' ').append(words[i]);
        }
        return out.toString();
    }

    /** "SAINT-ETIENNE" and "saint-etienne" are "Saint-Etienne"; "Lille Métropole" stays. */
    static String usualCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int wordStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-' || name.charAt(i) == '\'') {
                String word = name.substring(wordStart, i).toLowerCase(Locale.ROOT);
                boolean particle = wordStart > 0 && PARTICLES.contains(word);
                out.append(particle || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
                if (i < name.length()) {
                    out.append(name.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }
}
