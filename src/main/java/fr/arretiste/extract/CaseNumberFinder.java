package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;

/**
 * The numbers of the case at this court, read in the heading. The RG that a Portalis number follows is
 * this court's own ("N° RG 24/00354 - N° Portalis DBVF-V-B7I-GMAX"); where none is paired, the first RG of the
 * heading that is not the lower court's. At the Cour de cassation, every pourvoi number of the heading
 * (joined pourvois are listed there). A Judilibre export's {@code number} is used where it is given.
 */
final class CaseNumberFinder {
    List<CaseNumber> find(ScannedText scanned, int headingEnd, Court court, Map<String, String> metadata, Set<String> lowerNumbers) {
        String heading = scanned.text().substring(0, headingEnd);
        List<CaseNumber> numbers = new ArrayList<>();
        String given = metadata.get("number");
        if (given != null && !given.isBlank()) {
            boolean pourvoi = HeadingPatterns.POURVOI.pattern().matcher(given).matches();
            numbers.add(new CaseNumber(pourvoi ? "pourvoi" : "rg", pourvoi ? given.strip() : rg(given)));
        } else if (court != null && court.kind().equals("cour_cassation")) {
            pourvois(heading, scanned.words(HeadingPatterns.POURVOI, headingEnd)).forEach(v -> numbers.add(new CaseNumber("pourvoi", v)));
        } else {
            registry(heading, scanned.words(HeadingPatterns.RG, headingEnd), lowerNumbers).forEach(v -> numbers.add(new CaseNumber("rg", v)));
        }
        distinct(scanned.words(HeadingPatterns.PORTALIS, headingEnd), "portalis")
                .forEach(v -> numbers.add(new CaseNumber("portalis", v)));
        first(scanned.words(HeadingPatterns.MINUTE, headingEnd), "minute")
                .or(() -> first(scanned.lines(HeadingPatterns.ARRET_NUMBER, headingEnd), "minute"))
                .ifPresent(v -> numbers.add(new CaseNumber("minute", v)));
        return numbers;
    }

    /** The RG numbers paired with a Portalis number, else the first one that is not the lower court's. */
    private static Set<String> registry(String heading, StartMatcher numbers, Set<String> lowerNumbers) {
        Set<String> paired = new LinkedHashSet<>();
        String unpaired = null;
        while (numbers.find()) {
            Matcher m = numbers.matcher();
            String value = rg(m.group("rg"));
            if (HeadingPatterns.RG_TO_PORTALIS.matcher(heading).region(m.end(), heading.length()).lookingAt()) {
                paired.add(value);
            } else if (unpaired == null && !lowerNumbers.contains(value)) {
                unpaired = value;
            }
        }
        if (paired.isEmpty() && unpaired != null) {
            paired.add(unpaired);
        }
        return paired;
    }

    /**
     * Pourvoi numbers, but not those of decisions cited in brackets: "(Crim., 24 novembre 2021, pourvoi n°
     * 21-80.968)". Joined pourvois come oldest first, whatever order the heading lists them in, so that the
     * decision's id does not depend on it.
     */
    private static Set<String> pourvois(String heading, StartMatcher pourvois) {
        Set<String> values = new TreeSet<>();
        while (pourvois.find()) {
            Matcher m = pourvois.matcher();
            int open = heading.lastIndexOf('(', m.start());
            if (open < 0 || heading.lastIndexOf(')', m.start()) > open || heading.lastIndexOf('\n', m.start()) > open) {
                values.add(m.group("pourvoi"));
            }
        }
        return values;
    }

    private static Set<String> distinct(StartMatcher matches, String group) {
        Set<String> values = new LinkedHashSet<>();
        while (matches.find()) {
            values.add(matches.matcher().group(group));
        }
        return values;
    }

    private static Optional<String> first(StartMatcher matches, String group) {
        return matches.find() ? Optional.of(matches.matcher().group(group)) : Optional.empty();
    }

    /** "24/2130" is "24/02130" (RG numbers are NN/NNNNN); a tribunal de commerce's "2024 006456" is "2024006456". */
    static String rg(String raw) {
        String value = raw.replaceAll("\\s+", "");
        int slash = value.indexOf('/');
        if (slash == 2 && value.length() - slash - 1 < 5) {
            return value.substring(0, 3) + "0".repeat(5 - (value.length() - 3)) + value.substring(3);
        }
        return value;
    }
}
