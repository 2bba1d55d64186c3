package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Lawyer;

/**
 * The lawyers named in the text about one party: "représentée par Me Cédric MENDEL, membre de la
 * SCP ..., avocat au barreau de DIJON", "et par la SELARL SAINT-EXUPERY AVOCATS, avocats au
 * Barreau de Lyon". A lawyer's name goes without "Me"; a firm counts only when it is named in
 * place of a person; the bar is the city of "barreau de X", in title case.
 */
final class LawyerReader {
    // ---- every pattern of the reader, in one place ----
    /** "Me", "Maître" before a lawyer's name (also split from it by a line break). */
    private static final Pattern MAITRE = Pattern.compile("\\b(?:Me|Ma[îi]tre|Mes)\\s+(?=[\\p{Lu}\\[])");
    /**
     * A firm that stands for the lawyer: introduced by the representation itself, not "de la" after a
     * person. The look-ahead at the head, the first letter of every introduction, spares a search the
     * alternatives at every other offset.
     */
    private static final Pattern FIRM = Pattern.compile("(?imu)(?=[par])(?:\\bpar|Repr[ée]sentant\\s*:|pour avocats?\\s*:?|\\bavocats?\\s*:|"
            + "\\bayant|\\bassist[ée]e?s?\\s+de)\\s+(?:la\\s+|l'|le\\s+)?(?-i)(" + LegalForms.LAW_FIRM + "[^,;\\n]*?)"
            + "(?=\\s*,|\\s+avocats?\\b|\\s+pour avocat|$)");
    /** What a person so introduced does when she is not the party's lawyer (a liquidator, a bailiff...). */
    private static final Pattern NOT_COUNSEL = Pattern.compile("(?iu)^(?:(?!\\bavocat)[^;]){0,80}?\\b(?:[eèé]s[- ]?qualit"
            + "|agissant|mandataire|liquidat|administrat|commissaire|huissier|notaire)");
    private static final Pattern AVOCAT = Pattern.compile("(?iu)\\bavocat");
    /** "barreau de la Seine-Saint-Denis" drops its article, "barreau de LA ROCHELLE-ROCHEFORT" keeps the city's. */
    private static final Pattern BAR = Pattern.compile("(?u)\\b(?:[Bb]arreau\\s+(?:de\\s+la\\s+|de\\s+l'|de\\s+|d'|du\\s+|des\\s+)"
            + "|BARREAU\\s+(?:DE\\s+|D'|DU\\s+|DES\\s+))");
    /** Words of a bar's name that stay lower case in title case ("Aix-en-Provence", "Val d'Oise"). */
    private static final Set<String> LOWER_IN_PLACE_NAMES = Set.of("de", "du", "des", "en", "sur", "sous", "la", "le",
            "les", "lès", "et", "d", "l", "aux", "au");
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{L}+");
    /** Spaces and tabs, and the spaces around a line break: a bar's name ends with its line. */
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern SPACED_BREAK = Pattern.compile(" ?\n ?");
    private static final Pattern WORD_BREAK = Pattern.compile("[ \n]");
    /** Where the name of a bar ends at the latest: "barreau de PARIS, toque", "barreau de LYON\nPlaidant...". */
    private static final Pattern BAR_END = Pattern.compile("[\n,;(]");
    private static final int MAX_NAME_WORDS = 6;

    private LawyerReader() {
    }

    static List<Lawyer> read(String text) {
        String s = SPACED_BREAK.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n");
        Map<Integer, String> mentions = new TreeMap<>(); // start offset -> name, in text order
        Matcher m = MAITRE.matcher(s);
        while (m.find()) {
            String name = personName(s.substring(m.end()));
            int after = m.end() + name.length();
            if (!name.isEmpty() && !NOT_COUNSEL.matcher(s.substring(after)).find()) {
                mentions.put(m.start(), name);
            }
        }
        Matcher f = FIRM.matcher(s);
        boolean firms = LegalForms.mayHoldLawFirm(s);
        while (firms && f.find()) {
            mentions.put(f.start(1), f.group(1).strip());
        }
        List<Integer> starts = new ArrayList<>(mentions.keySet());
        String[] bars = new String[starts.size()];
        String following = null;
        for (int i = starts.size() - 1; i >= 0; i--) {
            String segment = s.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : s.length());
            String bar = bar(segment);
            // "Me X et Me Y, avocats au barreau de Z": a lawyer with no "avocat" of his own takes the next one's bar
            bars[i] = bar != null || AVOCAT.matcher(segment).find() ? bar : following;
            following = bars[i];
        }
        List<Lawyer> lawyers = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String name = mentions.get(starts.get(i));
            if (lawyers.stream().noneMatch(l -> l.name().equals(name))) {
                lawyers.add(new Lawyer(name, bars[i]));
            }
        }
        return lawyers;
    }

    /**
     * A lawyer's name after "Me": capitalised words and particles; a lower-case word only when a
     * surname in capitals follows it ("Jean philippe GALTIER", "Fabrice van CAUWELAERT").
     */
    private static String personName(String after) {
        String[] words = WORD_BREAK.split(after, MAX_NAME_WORDS + 2);
        List<String> name = new ArrayList<>();
        for (int i = 0; i < words.length && name.size() < MAX_NAME_WORDS; i++) {
            String w = words[i];
            boolean comma = w.endsWith(",") || w.endsWith(";");
            String word = comma ? w.substring(0, w.length() - 1) : w;
            boolean capital = !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || PersonNames.isPlaceholder(word));
            boolean beforeSurname = i + 1 < words.length && words[i + 1].length() > 1
                    && PersonNames.isUpperCase(words[i + 1]) && !LegalForms.isLawFirm(words[i + 1]);
            if (word.isEmpty() || LegalForms.isLawFirm(word) || word.equals("-")
                    || !(capital || (PersonNames.isLowerCaseWord(word) && beforeSurname))) {
                break;
            }
            name.add(word);
            if (comma) {
                break;
            }
        }
        return String.join(" ", name);
    }

    /** The city of the first "barreau de X" in the text, in title case, up to the line's end or a comma; null when none. */
    private static String bar(String text) {
        Matcher m = BAR.matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = BAR_END.split(text.substring(m.end()), 2)[0];
        String[] words = rest.split(" ");
        List<String> place = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean stop = w.endsWith(".");
            String word = stop ? w.substring(0, w.length() - 1) : w;
            boolean nextCapital = i + 1 < words.length && !words[i + 1].isEmpty()
                    && Character.isUpperCase(words[i + 1].charAt(0));
            boolean particle = LOWER_IN_PLACE_NAMES.contains(word.toLowerCase(Locale.ROOT)) && nextCapital;
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || PersonNames.isPlaceholder(word) || particle)
                    || word.equalsIgnoreCase("toque") || word.equalsIgnoreCase("vestiaire")) {
                break;
            }
            place.add(word);
            if (stop) {
                break;
            }
        }
        return place.isEmpty() ? null : titleCase(String.join(" ", place));
    }

    /** "AIX-EN-PROVENCE" gives "Aix-en-Provence", "VAL D'OISE" gives "Val d'Oise"; placeholders stay. */
    private static String titleCase(String place) {
        if (PersonNames.isPlaceholder(place)) {
            return place;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PLACE_WORD.matcher(place);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(place, last, m.start());
            String w = m.group().toLowerCase(Locale.ROOT);
            boolean keepLower = !first && LOWER_IN_PLACE_NAMES.contains(w);
            out.append(keepLower ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            last = m.end();
            first = false;
        }
        return out.append(place.substring(last)).toString();
    }
}
