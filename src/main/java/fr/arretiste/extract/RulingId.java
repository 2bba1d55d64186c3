package fr.arretiste.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;

/**
 * The stable id of a decision: court, date and main case number ("ca-douai-2022-12-08-21-01153"),
 * so that the same decision in another file or format gets the same id; the content hash where
 * the text does not say enough to identify it.
 */
public final class RulingId {
    private RulingId() {
    }

    public static String of(Court court, String date, List<CaseNumber> numbers, String sha256) {
        String number = mainNumber(numbers);
        if (court == null || court.kind() == null || date == null || number == null) {
            return "sha-" + sha256.substring(0, 16);
        }
        String prefix = switch (court.kind()) {
            case "cour_cassation" -> "cass";
            case "cour_appel" -> "ca-" + slug(court.city());
            case "tribunal_judiciaire" -> "tj-" + slug(court.city());
            case "tribunal_commerce" -> "tcom-" + slug(court.city());
            case "conseil_prudhommes" -> "cph-" + slug(court.city());
            default -> slug(court.kind()) + "-" + slug(court.city());
        };
        return prefix + "-" + date + "-" + slug(number.replace(".", "")); // pourvoi 24-84.707 gives 24-84707
    }

    /** The pourvoi at the Cour de cassation, else the RG, else any other number. */
    private static String mainNumber(List<CaseNumber> numbers) {
        for (String kind : List.of("pourvoi", "rg", "minute", "autre")) {
            for (CaseNumber n : numbers) {
                if (n.kind().equals(kind) && n.value() != null && !n.value().isBlank()) {
                    return n.value();
                }
            }
        }
        return null;
    }

    static String slug(String s) {
        if (s == null) {
            return "x";
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
