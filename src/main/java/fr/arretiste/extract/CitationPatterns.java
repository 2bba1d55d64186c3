package fr.arretiste.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every regular expression of the citation extractor, in one place. They run on the cleaned text
 * ({@link TextCleaner}: plain spaces, ASCII apostrophes and hyphens). Article numbers and their
 * qualifiers are case-sensitive where case carries meaning (the "L." prefix, the paragraph "III").
 */
final class CitationPatterns {
    private CitationPatterns() {
    }

    /** Unicode classes, so that "\\b" and "\\w" see "précité" and "arrêté" as words (Java's default is ASCII). */
    private static final int UNICODE = Pattern.UNICODE_CHARACTER_CLASS;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | UNICODE;

    private static final String MONTH = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
            + "|novembre|d[ée]cembre)";
    /** The words that can point back to the last text of their family ("du même code", "de la loi précitée"). */
    private static final String FAMILY = "(?:code|loi|décret|ordonnance|arrêté|règlement|directive|convention|contrat)";
    /** A word that cannot belong to the name of a text, so the name ends before it ("code minier qui..."). */
    private static final String NOT_A_NAME = "(?:qui|que|dont|dans|selon|en|pour|sur|par|et|ou|applicable|relatif|relative"
            + "|issue?|tel|telle|ne|n'|est|sont|a|ont|il|elle|ainsi|lequel|laquelle|au|aux|pr[ée]cise|pr[ée]voit|dispose)\\b";
    /** Where a name ends: punctuation, the end of the text, or a word that is no part of it. */
    private static final String NAME_END = "(?=\\s*[,;:.()«»\"\\n]|\\s*$|\\s+" + NOT_A_NAME + ")";
    /** "10 juillet 1991", "1er juillet 1901". */
    private static final String DATE = "\\d{1,2}(?:er)?\\s+" + MONTH + "\\s+\\d{4}";

    /**
     * The word that opens a citation: "article", "articles", "art."; "l'article" too; "articIe" of OCR.
     * Tried only where a word starts with "art" in any case.
     */
    static final GuardedPattern ARTICLE_WORD = MatchStarts.words(
            Pattern.compile("\\b(?:artic(?-i:[lI])es?|art\\.|art(?=\\s+\\d))\\s*", CI), List.of("art"));

    /**
     * One article number: an optional code-part prefix ("L.", "R ", "D.", "LO"), the number with its
     * hyphenated or dotted parts ("1231-1", "L. 331- 1" as PDF text splits it, "13.1" of a contract),
     * "1er", "premier", "préliminaire"; then "bis"/"ter"... and a letter ("1635 bis P", "380-2-1 A").
     * The number must not run on into a sum ("1 500 euros") or a fraction ("21/01153"); it is read
     * possessively, so that a refused "514-5" is not read again as "514".
     */
    static final Pattern ARTICLE_NUMBER = Pattern.compile(
            "(?<prefix>(?:LO|[LRDA])(?:\\s?\\.\\s?|\\s)?)?"
                    + "(?:(?<number>\\d++(?:\\x20?-\\x20?\\d+|\\.\\d+)*+)(?:er|ER)?|(?<word>(?i:premier|pr[ée]liminaire)))"
                    + "(?<latin>\\x20?(?i:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)(?:\\x20?[A-Z](?![\\p{L}']))?)?"
                    + "(?<letter>\\x20[A-Z](?=\\s+(?i:du|de|des|dudit|précité)\\b))?"
                    + "(?![\\p{L}\\d/]|\\x20\\d{3}\\b|\\s*(?:€|(?i:euros?|eur|francs?)\\b|%))", UNICODE);

    /**
     * What may stand between an article number and what follows without changing the article:
     * alinéas (a list of them only after the plural, so that "8, alinéa 1er, 2" keeps article 2),
     * paragraphs (roman "III", "§ 1", "1°", "a)", "6, § 3, b," and "58, 1., de", "tertio"), "in fine",
     * "et suivants", "ancien", "précité", a short parenthesis ("(ancien)", "(le lien est externe)" of
     * Judilibre pages).
     */
    static final Pattern QUALIFIER = Pattern.compile("\\x20?,?\\s*(?:"
            + "(?i:alin[ée]as)\\s*\\d+(?:er|e|ème)?(?:\\s*(?:,|et|à)\\s*\\d+(?:er|e|ème)?\\b)*"
            + "|(?i:alin[ée]a|al\\.)\\s*(?:\\d+(?:er|e|ème)?|premier|dernier|\\p{L}+i[èe]me)"
            + "|(?i:premier|dernier|\\p{L}+i[èe]me)\\s+(?i:alin[ée]a)"
            + "|-?[IVX]{1,5}\\b(?!')"
            + "|\\d+°(?:\\s*(?:,|et|à)\\s*\\d+°)*"
            + "|[a-z]\\)|[a-z](?=\\s*,)|\\d+\\.(?=\\s*,)"
            + "|§+\\s*\\d+(?:er)?(?:\\s*(?:et|à)\\s*\\d+)*"
            + "|(?i:paragraphe)\\s+\\d+"
            + "|(?i:in\\s+fine|primo|secundo|tertio|quarto|quinto|et\\s+suivants|et\\s+suiv\\.?|et\\s+s\\.|et\\s+ss\\.?"
            + "|anciens?|nouveaux?|nouvel|précités?|susvisés?|susmentionnés?)\\b\\.?"
            + "|\\((?![^()]*code)[^()\\n]{1,40}\\)"
            + ")", UNICODE);

    /**
     * Between two numbers of one list: ",", "et", "ou", ", et", "devenu" of a renumbered article
     * ("1153 devenu 1231-6 du code civil"); and "à" of a range ("1231 à 1231-7").
     */
    static final Pattern LIST_SEPARATOR = Pattern.compile(
            "\\s*(?:,?\\s*devenue?s?\\s+|,\\s*(?:(?:et|ou)\\s+)?|\\s(?:et|ou)\\s+|&\\s*)", UNICODE);
    static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s+(?:à|au)\\s+", UNICODE);
    /** A prefixed number may follow another without a separator ("L3211-12 et suivants L 3213-1"). */
    static final Pattern PREFIXED_NEXT = Pattern.compile("\\s+(?=(?:LO|[LRDA])(?:\\s?\\.\\s?|\\s)?\\d)", UNICODE);

    /**
     * "du", "de la", "au", "dans le"... before the name of the text; "du nouveau code"; "de la
     * première partie de la nomenclature".
     */
    static final Pattern CONNECTOR = Pattern.compile("\\s*,?\\s*(?:(?:du|de\\s+la|de\\s+l'|des|de|d'|aux?|à\\s+la|à\\s+l'"
            + "|dans\\s+(?:le|la|les|l'))\\s*)(?:(?:nouveau|ancien)\\s+"
            + "|(?:premi[èe]re|\\p{L}+i[èe]me)\\s+partie\\s+(?:de\\s+la|de\\s+l'|du|des)\\s*)?", CI);
    /** A text named by its abbreviation, right after the number or after "du": "700 CPC", "du CESEDA", "C. civ.". */
    static final Pattern ABBREVIATION = Pattern.compile("\\s*(?:C\\.\\s?\\p{Ll}{2,8}\\.(?:\\s?\\p{Ll}{2,8}\\.){0,2}"
            + "|(?:[A-Z]\\.?){2,6}(?![\\p{L}\\d]))", UNICODE);

    /**
     * "du même code", "de ce code", "dudit code", "de la même loi", "du code précité": the last text
     * of that family named before. Group "family" is the family word.
     */
    static final Pattern BACK_REFERENCE = Pattern.compile("\\s*,?\\s*(?:(?:du\\s+même|de\\s+ce(?:\\s+même)?|de\\s+cette(?:\\s+même)?"
            + "|de\\s+la\\s+même|dudit|de\\s+ladite)\\s+(?=" + FAMILY + ")|(?:du|de\\s+la|de\\s+l')\\s*(?=" + FAMILY
            + "\\s+(?:précitée?|susvisée?|susmentionnée?|précédemment\\s+citée?)\\b))(?<family>" + FAMILY + ")"
            + "(?:\\s+(?:précitée?|susvisée?|susmentionnée?|précédemment\\s+citée?))?\\b", CI);

    /**
     * A law, decree, ordinance, order or treaty named by its number or date, kept as written:
     * "loi n° 91-647 du 10 juillet 1991", "loi du 6 juillet 1989", "décret n° 2019-1333",
     * "convention franco-monégasque du 13 septembre 1950". Only treaties and orders may carry a few
     * words before the date; a bare "la loi" names nothing.
     */
    static final Pattern NUMBERED_TEXT = Pattern.compile("(?<type>loi(?:\\s+organique)?|ordonnance|décret(?:-loi)?)"
            + "(?:(?:\\s+(?:n°|no|n\\s°|numéro))?\\s*(?<number>\\d+-\\d+))?(?:\\s+du\\s+(?<date>" + DATE + "))?"
            + "|(?<treaty>arrêté|circulaire|convention|accord|arrangement|traité|protocole|règlement)"
            + "(?<words>(?:\\s+[\\p{L}'-]+){0,5}?)\\s+du\\s+(?<tdate>" + DATE + ")", CI);

    /** European regulations and directives by number: "règlement (UE) 2016/679", "directive 93/13/CEE". */
    static final Pattern EUROPEAN_TEXT = Pattern.compile(
            "(?:règlement|directive)\\s*(?:\\((?:UE|CE|CEE|Euratom)\\)\\s*)?(?:n°\\s*)?\\d+/\\d+(?:/(?:UE|CE|CEE))?", CI);

    /** A run of white space, written as one space in a name kept as written. */
    static final Pattern SPACES = Pattern.compile("\\s+", UNICODE);

    /** The Union's marks inside a European text's number, written in capitals: "(UE)", "/CEE". */
    static final Pattern EUROPEAN_MARK = Pattern.compile("(?<=[(/])(?:ue|ce|cee)\\b", UNICODE);

    /**
     * Collective agreements, named as written up to their date ("convention collective nationale de
     * travail des établissements et services pour personnes inadaptées et handicapées du 15 mars
     * 1966"), or without a date up to punctuation or a word that is no part of a name.
     */
    static final Pattern COLLECTIVE_AGREEMENT = Pattern.compile("(?:convention|accord)\\s+(?:collective?|d'entreprise"
            + "|de\\s+branche)(?:(?:\\s+[\\p{L}'-]+){0,20}?\\s+du\\s+" + DATE
            + "|(?:\\s+(?!" + NOT_A_NAME + ")[\\p{L}'-]+){0,12}?" + NAME_END + ")", CI);

    /** The parties' own texts, whose clauses the guidelines file under "contrat". */
    static final Pattern CONTRACT = Pattern.compile("(?:contrat|conditions\\s+(?:g[ée]n[ée]rales|particuli[èe]res)|CGV|CGU"
            + "|bail|avenant|acte\\s+(?:de|d')|offre\\s+(?:de\\s+)?(?:prêt|crédit)|cahier\\s+des\\s+(?:charges|conditions)"
            + "|police|protocole\\s+(?:d'accord|transactionnel)|pacte|promesse|compromis|devis|statuts"
            + "|convention(?!\\s+(?:de\\s+(?:la\\s+)?\\p{Lu}|internationale|europ[ée]enne|franco|collective)))\\b", CI);

    /** A code missing from the table: "code" and its name, up to punctuation or a word that ends a name. */
    static final Pattern OTHER_CODE = Pattern.compile("code(?:\\s+(?!" + NOT_A_NAME + ")[\\p{L}'-]+){1,6}", CI);

    /**
     * A text the citation names without a name this reader knows: a bare family word ("de la loi",
     * "du règlement": the last one named) or another document ("des dispositions générales", "du
     * règlement sanitaire départemental"), whose articles must not borrow a source from elsewhere.
     */
    static final Pattern UNNAMED_TEXT = Pattern.compile("(?<family>" + FAMILY + ")" + NAME_END + "|(?:" + FAMILY
            + "|statuts?|annexe|dispositions|nomenclature|cahier|plan|barème|tableau|référentiel|protocole|accord"
            + "|arrangement|traité|charte|circulaire)\\b", CI);

    /**
     * The first words of the texts named in rulings, as SOURCE_WORD reads them: each accented letter
     * may also be written without its accent.
     */
    static final List<String> SOURCE_FIRST_WORDS = List.of("code", "livre", "conventions", "convention",
            "protocole", "premier", "déclaration", "traité", "charte", "constitution", "règlement", "plan",
            "nomenclature", "loi", "décret", "ordonnance", "arrêté", "directive", "arrangement", "accord");
    private static final Set<String> FOLDED_SOURCE_FIRST_WORDS = SOURCE_FIRST_WORDS.stream().map(FoldedText::fold)
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST_SOURCE_FIRST_WORD = FOLDED_SOURCE_FIRST_WORDS.stream().mapToInt(String::length)
            .max().orElseThrow();
    private static final int SHORTEST_SOURCE_FIRST_WORD = FOLDED_SOURCE_FIRST_WORDS.stream()
            .mapToInt(String::length).min().orElseThrow();
    private static final String SOURCE_FIRST_LETTERS = FOLDED_SOURCE_FIRST_WORDS.stream().map(w -> w.substring(0, 1))
            .distinct().collect(Collectors.joining());

    /**
     * Where a text may be named, for "du même code" and "Protocole..., article 1" to look back to:
     * its first word, or an abbreviation ("C. trav., art. L. 1234-9"). Tried only where a capital
     * is followed by a dot or a capital, or at one of the first words.
     */
    static final GuardedPattern SOURCE_WORD = MatchStarts.wordStart(Pattern.compile("\\b(?:"
            + SOURCE_FIRST_WORDS.stream().map(w -> w.replaceAll("([éèê])", "[$1e]")).collect(Collectors.joining("|"))
            + ")\\b|(?<!\\p{L})(?-i:C\\.\\s?\\p{Ll}|[A-Z](?:\\.?[A-Z]){1,5}(?!\\p{L}))", CI),
            (text, at) -> isAbbreviationStart(text, at) || isSourceFirstWord(text, at));

    private static boolean isAbbreviationStart(String text, int at) {
        return isCapital(text.charAt(at)) && at + 1 < text.length()
                && (text.charAt(at + 1) == '.' || isCapital(text.charAt(at + 1)));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Whether the word at {@code at} is one of the first words, its letters mapped as case-insensitive
     * matching compares them (upper case, then lower case) and folded. Every letter folds to one
     * letter ("œ", in no first word, to two), so a word shorter or longer than all first words is none.
     */
    private static boolean isSourceFirstWord(String text, int at) {
        if (SOURCE_FIRST_LETTERS.indexOf(caseless(text.charAt(at)).charAt(0)) < 0) {
            return false;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end - at < SHORTEST_SOURCE_FIRST_WORD || end - at > LONGEST_SOURCE_FIRST_WORD) {
            return false;
        }
        StringBuilder word = new StringBuilder(LONGEST_SOURCE_FIRST_WORD);
        for (int i = at; i < end; i++) {
            word.append(caseless(text.charAt(i)));
        }
        return FOLDED_SOURCE_FIRST_WORDS.contains(word.toString());
    }

    private static String caseless(char letter) {
        return FoldedText.fold(letter < 128 ? letter : Character.toLowerCase(Character.toUpperCase(letter)));
    }

    /** Between a text's name and a following "article 1" that belongs to it: "Protocole..., article 1". */
    static final Pattern NAME_BEFORE_ARTICLE = Pattern.compile("\\s*,\\s*", UNICODE);
    /** "en son article 5", "qui prévoit à son article 13": the article of the text named last. */
    static final Pattern POSSESSIVE_BEFORE_ARTICLE = Pattern.compile("\\b(?:son|ses)\\s+$", CI);
}
