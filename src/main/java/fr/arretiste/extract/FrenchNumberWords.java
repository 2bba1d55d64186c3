package fr.arretiste.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** Reads a number written in French words ("un million", "deux cent cinquante", "quatre-vingt-dix"). */
final class FrenchNumberWords {
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("un", 1L), Map.entry("deux", 2L), Map.entry("trois", 3L), Map.entry("quatre", 4L),
            Map.entry("cinq", 5L), Map.entry("six", 6L), Map.entry("sept", 7L), Map.entry("huit", 8L),
            Map.entry("neuf", 9L), Map.entry("dix", 10L), Map.entry("onze", 11L), Map.entry("douze", 12L),
            Map.entry("treize", 13L), Map.entry("quatorze", 14L), Map.entry("quinze", 15L), Map.entry("seize", 16L),
            Map.entry("vingt", 20L), Map.entry("trente", 30L), Map.entry("quarante", 40L),
            Map.entry("cinquante", 50L), Map.entry("soixante", 60L));
    private static final Map<String, Long> SCALES = Map.of("mille", 1_000L, "million", 1_000_000L,
            "milliard", 1_000_000_000L);

    private FrenchNumberWords() {
    }

    static long parse(String words) {
        long total = 0;
        long current = 0;
        Matcher m = AmountRules.NUMBER_WORD_TOKEN.matcher(words);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            String singular = w.endsWith("s") && !w.equals("trois") && !w.equals("six") ? w.substring(0, w.length() - 1) : w;
            if (singular.equals("vingt") && current % 100 == 4) {
                current += 76; // quatre-vingt: 4 becomes 80
            } else if (singular.equals("cent")) {
                current = Math.max(current, 1) * 100;
            } else if (SCALES.containsKey(singular)) {
                total += Math.max(current, 1) * SCALES.get(singular);
                current = 0;
            } else {
                current += UNITS.get(singular);
            }
        }
        return total + current;
    }
}
