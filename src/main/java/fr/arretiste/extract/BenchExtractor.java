package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.arretiste.ruling.Judge;

/**
 * Judges and clerk. The magistrates are named with their function in the heading ("COMPOSITION DE
 * LA COUR LORS DU DÉLIBÉRÉ : Dominique Gilles, président de chambre", "Nous, Sophie DUMURGIER,
 * Présidente chargée de la mise en état, assistée de Clémence RUILLAT, Greffière") and in the
 * signature; the Cour de cassation lists them after "où étaient présents". The greffier goes to the
 * clerk, not to the judges: the one who signs where two are named.
 */
public final class BenchExtractor {
    // ---- every pattern of the extractor, in one place ----
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\[[^\\]\\n]{1,20}\\])";
    /**
     * A first name and a surname at least ("Viviane CAULLIREAU-FOREL", "E. VET", "Marie LE BRAS"), not
     * opened by the capitalised verb of the sentence ("Assistée de Ynes LAATER", "Présidée par").
     */
    private static final String NAME = "(?!(?:Assist|Présid|Sign|Compos|Tenue|Audience)\\p{L}*\\s)" + NAME_WORD
            + "(?:[ \\t]+(?:(?:de|du|des|van|von|di|da|dos)[ \\t]+|d')?" + NAME_WORD + "){1,5}";
    private static final String FUNCTION = "(?iu:premi(?:er|ère)\\s+présidente?|vice-présidente?"
            + "|présidente?(?:\\s+de\\s+(?:chambre|section))?|conseill(?:er|ère)s?(?:\\s+(?:référendaires?|doyen(?:ne)?))?"
            + "|magistrat(?:e)?|juge|assesseur|greffi(?:er|ère)(?:\\s+stagiaire)?|commis\\s+greffier"
            + "|adjointe?\\s+administrati(?:f|ve)\\s+faisant\\s+fonction\\s+de\\s+greffi(?:er|ère))\\b";
    /** The first letter of every FUNCTION: tested first, it spares the alternatives on most lines. */
    private static final String FUNCTION_INITIAL = "(?iu:[pvcmjag])";
    /** "Viviane CAULLIREAU-FOREL, Président de chambre", "Mme Ludivine Chetail, conseillère". */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\d'’.\\[-])(?:" + PersonNames.TITLE + "\\s+)?"
            + "(?<name>" + NAME + ")\\s*,\\s*(?<function>" + FUNCTION + ")");
    /**
     * What follows the comma of a MENTION. Few commas of a heading are followed by a function, and a
     * MENTION is only tried on the lines just before those (see {@link #nameBeforeComma}).
     */
    private static final Pattern FUNCTION_AFTER_COMMA = Pattern.compile("\\s*(?:" + FUNCTION + ")");
    /**
     * The function on its own line or before a colon: "GREFFIER LORS DES DÉBATS :Valérie Roelofs",
     * "LE GREFFIER / Marion COCHENNEC".
     */
    private static final Pattern LABELLED = Pattern.compile("(?m)^[ \\t]*(?:L[EAea][ \\t]+)?(?=" + FUNCTION_INITIAL + ")(?<function>"
            + FUNCTION + ")[^\\n:]{0,40}?(?::\\s*|[ \\t]*\\n\\s*)(?:" + PersonNames.TITLE + "\\s+)?(?<name>"
            + NAME + ")[ \\t]*(?:,|$|lors\\b)");
    /** Words that open a heading line and so are no one's first name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)^(?:" + PersonNames.TITLE + "|président|présidente"
            + "|conseill|greffi|juge|assesseur|magistrat|cour|chambre|tribunal|le|la|les|nous|sign|composition)\\b");
    /** The Cour de cassation's list: "où étaient présents Mme Teiller, président, ..., et Mme Maréville, greffier de chambre". */
    private static final String PRESENT_WORDS = "où étaient présent";
    private static final Pattern PRESENT = Pattern.compile("(?u)" + PRESENT_WORDS + "(?:e|s|es)\\s+(?<list>[^\\n]*?)(?:,?\\s*\\n|"
            + PersonNames.SENTENCE_DOT + "|,?$)");
    private static final Pattern LIST_ITEM = Pattern.compile(",\\s+");
    private static final Pattern AND = Pattern.compile("^et\\s+");
    private static final Pattern SENTENCE_START = Pattern.compile("(?s).*(?:" + PersonNames.SENTENCE_DOT
            + "|;|\\n[ \\t]*\\n)");
    private static final Pattern SIGNS = Pattern.compile("(?iu)\\bsign");
    /** Canonical functions, masculine, most specific first. */
    private static final List<Map.Entry<Pattern, String>> FUNCTIONS = List.of(
            Map.entry(Pattern.compile("(?iu)premi(?:er|ère)\\s+présidente?"), "premier président"),
            Map.entry(Pattern.compile("(?iu)présidente?\\s+de\\s+chambre"), "président de chambre"),
            Map.entry(Pattern.compile("(?iu)présidente?\\s+de\\s+section"), "président de section"),
            Map.entry(Pattern.compile("(?iu)vice-présidente?"), "vice-président"),
            Map.entry(Pattern.compile("(?iu)^présidente?"), "président"),
            Map.entry(Pattern.compile("(?iu)conseill(?:er|ère)s?\\s+doyen"), "conseiller doyen"),
            Map.entry(Pattern.compile("(?iu)conseill(?:er|ère)s?\\s+référendaire"), "conseiller référendaire"),
            Map.entry(Pattern.compile("(?iu)conseill(?:er|ère)"), "conseiller"),
            Map.entry(Pattern.compile("(?iu)^juge"), "juge"),
            Map.entry(Pattern.compile("(?iu)^magistrat"), "magistrat"),
            Map.entry(Pattern.compile("(?iu)^assesseur"), "assesseur"),
            Map.entry(Pattern.compile("(?iu)greffi|greffe"), "greffier"));
    private static final String CLERK = "greffier";
    private static final int SIGNATURE_LENGTH = 3_000;
    private static final int SENTENCE_LOOKBACK = 300;

    /** Names the magistrates where the rules find none (null: rules only). */
    private final NameFinder finder;
    /** The finder names every judge, the rules none: the "models only" ablation. */
    private final boolean modelOnly;

    /** Rules only. */
    public BenchExtractor() {
        this(null, false);
    }

    /**
     * @param finder    names the magistrates of the heading and the signatures where the rules find no judge
     * @param modelOnly the finder names every judge (an ablation to measure it alone)
     */
    public BenchExtractor(NameFinder finder, boolean modelOnly) {
        this.finder = finder;
        this.modelOnly = modelOnly && finder != null;
    }

    public Bench extract(RulingText ruling) {
        Bench ruled = modelOnly ? new Bench(List.of(), null) : ruled(ruling);
        if (!ruled.judges().isEmpty() || finder == null) {
            return ruled;
        }
        return new Bench(found(ruling, ruled.clerk()), ruled.clerk());
    }

    /**
     * The magistrates the finder names in the heading and the signatures, but the clerk: it tells
     * a magistrate from a party, not a judge from a clerk, nor a judge's function.
     */
    private List<Judge> found(RulingText ruling, String clerk) {
        String text = ruling.text();
        int headingEnd = HeadingRegion.end(ruling);
        String clerkKey = clerk == null ? null : PersonNames.fold(clerk);
        Map<String, Judge> judges = new LinkedHashMap<>();
        List<NameFinder.Found> found = new ArrayList<>(finder.find(text, 0, headingEnd));
        found.addAll(finder.find(text, Math.max(headingEnd, text.length() - SIGNATURE_LENGTH), text.length()));
        for (NameFinder.Found f : found) {
            String name = f.span().of(text);
            String key = PersonNames.fold(name);
            if (f.type().equals(NameFinder.MAGISTRATE) && !key.equals(clerkKey)) {
                judges.putIfAbsent(key, new Judge(name, null));
            }
        }
        return List.copyOf(judges.values());
    }

    private Bench ruled(RulingText ruling) {
        String text = ruling.text();
        List<Mention> mentions = new ArrayList<>(present(text));
        int headingEnd = HeadingRegion.end(ruling);
        int tailStart = Math.max(headingEnd, text.length() - SIGNATURE_LENGTH);
        mentions.addAll(mentions(text, 0, headingEnd));
        mentions.addAll(mentions(text, tailStart, text.length()));
        // a greffier is no judge, even where a signature block puts her name under a magistrate's title
        Set<String> clerks = mentions.stream().filter(m -> m.function().equals(CLERK))
                .map(m -> PersonNames.fold(m.name())).collect(Collectors.toSet());
        Map<String, Judge> judges = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = PersonNames.fold(m.name());
            if (!clerks.contains(key)) {
                judges.putIfAbsent(key, new Judge(m.name(), m.function()));
            }
        }
        return new Bench(List.copyOf(judges.values()), clerk(mentions));
    }

    /** The greffier who signs, else the first one named who is no trainee. */
    private static String clerk(List<Mention> mentions) {
        List<Mention> clerks = mentions.stream().filter(m -> CLERK.equals(m.function())).toList();
        return clerks.stream().filter(Mention::signs).findFirst()
                .or(() -> clerks.stream().filter(m -> !m.trainee()).findFirst())
                .or(() -> clerks.stream().findFirst())
                .map(Mention::name).orElse(null);
    }

    /**
     * Names followed by their function, then functions followed by a name, between two offsets: the
     * first kind comes first, as a function written after the name is the more precise.
     */
    private static List<Mention> mentions(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher mention = StartMatcher.seeingAround(MENTION, text);
        Matcher afterComma = StartMatcher.seeingAround(FUNCTION_AFTER_COMMA, text);
        collect(found, text, from, to, mention, at -> nameBeforeComma(mention, afterComma, text, at, to));
        StartMatcher labelled = LineStarts.of(text, from, to).matchesSeeingAround(LABELLED, from, to);
        collect(found, text, from, to, labelled.matcher(), labelled::find);
        return found;
    }

    /** Each match {@code next} finds from an offset on, in text order, as a mention. */
    private static void collect(List<Mention> found, String text, int from, int to, Matcher m, IntPredicate next) {
        int at = from;
        while (at < to && next.test(at)) {
            String name = m.group("name").strip();
            boolean named = !NOT_A_NAME.matcher(name).find();
            if (named) {
                found.add(new Mention(name, function(m.group("function")), signs(text, m.start()),
                        m.group("function").toLowerCase(Locale.ROOT).contains("stagiaire")));
            }
            at = named ? m.end() : m.start() + 1; // "Nous Monsieur X, Juge": try again after the first word
        }
    }

    /**
     * Finds the first MENTION that starts at or after {@code at}, as {@code find} would, but tries it
     * only where it can start: a MENTION holds one comma, followed by a function, and before it a
     * name on one line, maybe after a title on the line above. Trying it at every offset of a long
     * heading was most of the extractor's time.
     */
    private static boolean nameBeforeComma(Matcher mention, Matcher afterComma, String text, int at, int to) {
        int from = at;
        for (int comma = text.indexOf(',', from); comma >= 0 && comma < to; comma = text.indexOf(',', comma + 1)) {
            if (!afterComma.region(comma + 1, to).lookingAt()) {
                continue;
            }
            for (int start = Math.max(from, titleLineStart(text, comma)); start < comma; start++) {
                // a MENTION opens with a title or a name: a capital or a placeholder
                boolean opens = Character.getType(text.codePointAt(start)) == Character.UPPERCASE_LETTER
                        || text.charAt(start) == '[';
                if (opens && mention.region(start, to).lookingAt()) {
                    return true;
                }
            }
            from = comma;
        }
        return false;
    }

    /** The start of the line where a MENTION ending with this comma can begin: the name's, or its title's above. */
    private static int titleLineStart(String text, int comma) {
        int nameEnd = blanksBefore(text, comma);
        int nameLine = text.lastIndexOf('\n', nameEnd - 1) + 1;
        return text.lastIndexOf('\n', blanksBefore(text, nameLine) - 1) + 1;
    }

    /** Where the run of blanks (regex {@code \\s}) that ends at {@code end} starts. */
    private static int blanksBefore(String text, int end) {
        int i = end;
        while (i > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** True when the sentence holding this offset is the signature ("Signé par ..., et par X, greffier"). */
    private static boolean signs(String text, int at) {
        String before = text.substring(Math.max(0, at - SENTENCE_LOOKBACK), at);
        if (!SIGNS.matcher(before).find()) {
            return false; // no "sign" at all: no need to find where the sentence starts, which is slow
        }
        Matcher m = SENTENCE_START.matcher(before);
        return SIGNS.matcher(m.lookingAt() ? before.substring(m.end()) : before).find();
    }

    /** The magistrates of the first "où étaient présents" list: each name takes the function written after it. */
    private static List<Mention> present(String text) {
        Matcher m = PRESENT.matcher(text);
        List<Mention> found = new ArrayList<>();
        int words = text.indexOf(PRESENT_WORDS); // the pattern's own words, found much faster than by the pattern
        if (words < 0 || !m.find(words)) {
            return found;
        }
        List<String> waiting = new ArrayList<>();
        for (String raw : LIST_ITEM.split(m.group("list"))) {
            String item = AND.matcher(raw.strip()).replaceFirst("");
            if (item.isEmpty()) {
                continue;
            }
            if (PersonNames.isLowerCaseWord(item)) {
                String function = function(item);
                boolean prosecutor = item.startsWith("avocat");
                for (String name : waiting) {
                    if (!prosecutor) {
                        found.add(new Mention(name, function, false, false));
                    }
                }
                waiting.clear();
            } else {
                if (raw.strip().startsWith("et ")) {
                    waiting.forEach(name -> found.add(new Mention(name, "conseiller", false, false)));
                    waiting.clear();
                }
                waiting.add(PersonNames.withoutTitle(item));
            }
        }
        return found;
    }

    private static String function(String written) {
        String w = written.strip();
        for (Map.Entry<Pattern, String> e : FUNCTIONS) {
            if (e.getKey().matcher(w).find()) {
                return e.getValue();
            }
        }
        return w.toLowerCase(Locale.ROOT);
    }

    /** A magistrate or clerk named in the text, with the canonical function written beside the name. */
    private record Mention(String name, String function, boolean signs, boolean trainee) {
        Mention {
            name = firstPerson(PersonNames.withoutTitle(name));
        }

        /** "Corinne BARBIEUX Marjolaine GUIBERT", two signatures side by side: the first name and surname only. */
        private static String firstPerson(String name) {
            String[] words = name.split(" ");
            for (int i = 1; i < words.length; i++) {
                if (words[i - 1].length() > 1 && PersonNames.isUpperCase(words[i - 1]) && !PersonNames.isUpperCase(words[i])
                        && Character.isUpperCase(words[i].charAt(0)) && i > 1) {
                    return String.join(" ", java.util.Arrays.copyOf(words, i));
                }
            }
            return name;
        }
    }
}
