package fr.arretiste.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the dates matched by {@link HeadingPatterns#DATE} ("1er avril 2018", "08/12/2022", "vingt-et-un
 * octobre deux mille vingt-quatre") as ISO dates.
 */
final class FrenchDates {
    private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("premier", 1), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
            Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60));

    private FrenchDates() {
    }

    /** The ISO date a match of a pattern built on {@link HeadingPatterns#DATE} holds, or null if it is no real date. */
    static String iso(Matcher m) {
        if (m.group("d") != null) {
            return iso(Integer.parseInt(m.group("d")), month(m.group("m")), Integer.parseInt(m.group("y")));
        }
        if (m.group("nd") != null) {
            return iso(Integer.parseInt(m.group("nd")), Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("ny")));
        }
        return iso(words(m.group("wd")), month(m.group("wm")), words(m.group("wy")));
    }

    /** The first date in a piece of text, or null. */
    static String first(CharSequence text) {
        Matcher m = HeadingPatterns.ANY_DATE.matcher(text);
        while (m.find()) {
            String date = iso(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String iso(int day, int month, int year) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(fold(name)) + 1;
    }

    /** "vingt-et-un" is 21, "deux mille vingt-quatre" 2024, "mil neuf cent quatre-vingt-dix-neuf" 1999. */
    static int words(String text) {
        int total = 0;
        int current = 0;
        int previous = 0;
        for (String word : fold(text).split("[\\s-]+")) {
            if (word.equals("mille") || word.equals("mil")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (word.startsWith("cent")) {
                current = Math.max(current, 1) * 100;
            } else if (word.startsWith("vingt") && previous == 4) {
                current += 80 - 4; // quatre-vingt
            } else if (NUMBERS.containsKey(word)) {
                current += NUMBERS.get(word);
            }
            previous = NUMBERS.getOrDefault(word, 0);
        }
        return total + current;
    }

    private static String fold(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: the common case, without the Normalizer
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
