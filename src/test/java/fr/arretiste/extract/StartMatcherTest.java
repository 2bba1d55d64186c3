package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.extract.Anchored.Anchor;

/**
 * A pattern tried only at the offsets where a match can start ({@link StartMatcher}: a char test and its guard,
 * the line starts, the places of its words) finds exactly what java.util.regex's {@code find} finds, with the
 * same bounds. Each row names the case it guards, the way the starts are produced, a real text, and the exact
 * matches expected.
 */
class StartMatcherTest {
    /** A way of trying a pattern at candidate starts, and the plain {@code find} search it must equal. */
    record Search(String name, Function<String, StartMatcher> tried, Function<String, Matcher> reference) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // amounts: a char test and a guard (GuardedPattern, MatchStarts)
                row("a figure then its currency", guarded(AmountRules.FIGURE_THEN_CURRENCY),
                        "condamne X à payer la somme de 17 370 euros TTC", "17 370 euros"),
                row("a minus glued to the figure starts the match", guarded(AmountRules.FIGURE_THEN_CURRENCY),
                        "un solde de -1 500 € au 1er mars", "-1 500 €"),
                row("the currency after a wrapped line and a slip in the cents", guarded(AmountRules.FIGURE_THEN_CURRENCY),
                        "la somme de 16.200 \neuros et de 12.503, 47 EUR", "16.200 \neuros", "12.503, 47 EUR"),
                row("a scale word, then k€ in capitals", guarded(AmountRules.FIGURE_THEN_CURRENCY),
                        "un préjudice de 1,5 million d'euros et de 30 K€", "1,5 million d'euros", "30 K€"),
                row("a date then a sum: a figure right after another number and its separator is none",
                        guarded(AmountRules.FIGURE_THEN_CURRENCY), "le 12.03.2020 300 euros", "300 euros"),
                row("figures without a currency after them: refused by the guard", guarded(AmountRules.FIGURE_THEN_CURRENCY),
                        "le 22 octobre 2024, RG n° 23/00189, 3 chambres"),
                row("a sign before the figure", guarded(AmountRules.CURRENCY_THEN_FIGURE),
                        "un capital de € 500 et de $ 200", "€ 500", "$ 200"),
                row("a code in any case before the figure", guarded(AmountRules.CURRENCY_THEN_FIGURE),
                        "payer EUR 1.000 puis Chf 300", "EUR 1.000", "Chf 300"),
                row("a code inside a word is no code", guarded(AmountRules.CURRENCY_THEN_FIGURE), "le LEUR 100 et le GBPX 3"),
                row("'la somme de' in capitals and with the long s", guarded(AmountRules.BARE_SUM),
                        "LA SOMME DE 2 243,09 à titre d'indemnité, la ſomme de 300, outre", "SOMME DE 2 243,09", "ſomme de 300"),
                row("'somme' inside a word is no sum", guarded(AmountRules.BARE_SUM), "il assomme de 3 coups"),
                row("a sum in words, capitalised and hyphenated", guarded(AmountRules.WORDS_THEN_CURRENCY),
                        "Deux cents francs et quatre-vingt-dix euros", "Deux cents francs", "quatre-vingt-dix euros"),
                row("a number word's prefix is no number word ('une', 'centre')", guarded(AmountRules.WORDS_THEN_CURRENCY),
                        "une euro-obligation, le centre euros"),
                row("cues start words, whatever their case", guarded(AmountRules.CUE),
                        "Déboute X de sa demande ; il convient de condamner Y", "Déboute", "demande", "condamner"),
                row("a region starting inside a word: no cue there, the lookbehind sees the letter before",
                        guarded(AmountRules.CUE, 6, 24), "il a condamné la société"),
                row("a region ending inside a word: the word's end is read past the region", guarded(AmountRules.CUE, 0, 16),
                        "les condamnations prononcées"),
                row("a region over a clause", guarded(AmountRules.CUE, 12, 36), "X demande ; la cour alloue 300 euros", "alloue"),
                // citations: word starts and a guard (ca-rennes-2024-10-22-23-06791)
                row("article words: plural and singular, 'L'article' after an apostrophe", guarded(CitationPatterns.ARTICLE_WORD),
                        "au visa des articles 1224 et 1186 du code civil. L'article 700", "articles ", "article "),
                row("article words: OCR 'articIe', 'art.' and 'art 9'; 'partie' and 'départ' are none",
                        guarded(CitationPatterns.ARTICLE_WORD), "l'articIe 9, art. L. 1234-9 et art 12 ; la partie au départ",
                        "articIe ", "art. ", "art "),
                row("source words in any case; 'codes' and 'planning' are none; 'DE' reads as an abbreviation",
                        guarded(CitationPatterns.SOURCE_WORD), "du Code civil, du CODE DE COMMERCE, les codes, le planning",
                        "Code", "CODE", "DE"),
                row("source words with or without accents", guarded(CitationPatterns.SOURCE_WORD),
                        "de la loi du 6 juillet 1989 et du décret n° 2019-1333, le Reglement, l'arrêté, l'ARRÊTÉ",
                        "loi", "décret", "Reglement", "arrêté", "ARRÊTÉ"),
                row("source words: conventions, treaties", guarded(CitationPatterns.SOURCE_WORD),
                        "les conventions et la Déclaration, traite et traité", "conventions", "Déclaration", "traite", "traité"),
                row("abbreviations 'C. trav.', 'C.P.C.', capitals; neither a capitalised word nor 'M.' is one",
                        guarded(CitationPatterns.SOURCE_WORD), "C. trav., art. L. 1234-9 et 700 C.P.C. ; Madame [J] et M. [P], SAS",
                        "C. t", "C.P.C", "SAS"),
                // cassation counsel: words as written (case counts)
                row("counsel: 'de' inside another word ('demande'): the pattern's \\b decides",
                        guarded(MatchStarts.literal(Pattern.compile(OBSERVATIONS), List.of("de", "du"))),
                        "les observations en demande de la SCP Piwnica, avocat de M. [J]", "de la SCP Piwnica"),
                row("counsel: the second word", guarded(MatchStarts.literal(Pattern.compile("\\bdu\\s+cabinet\\s+\\p{Lu}\\p{L}*"),
                        List.of("de", "du"))), "les observations du cabinet Rousseau", "du cabinet Rousseau"),
                row("counsel: none written", guarded(MatchStarts.literal(Pattern.compile(OBSERVATIONS), List.of("de", "du"))),
                        "les observations écrites, avocat de M. [J]"),
                // heading: the places of the pattern's words in the folded text (Anchored)
                row("anchor 'cision' two letters in", anchored(HeadingPatterns.LOWER_LABEL),
                        "Décision déférée à la Cour : jugement du 20 février 2024", "Décision déférée à la Cour"),
                row("anchor 'cision' after the blanks that open the line", anchored(HeadingPatterns.LOWER_LABEL),
                        "APPEL D'UNE DÉCISION DU :\n   Décision du Tribunal Judiciaire de SAINT ETIENNE",
                        "APPEL D'UNE DÉCISION", "   Décision du"),
                row("anchor 'jugement' opening its line, after blanks", anchored(HeadingPatterns.LOWER_LABEL),
                        "\n  Jugement n° 2020001314 rendu le 09 février 2021par le tribunal", "  Jugement n° 2020001314 rendu le"),
                row("anchor 'recours'", anchored(HeadingPatterns.LOWER_LABEL),
                        "Recours sur l'ordonnance (Au fond) en date du 12/07/2024, rendue par", "Recours sur l'ordonnance"),
                row("anchor 'l'encontre' after 'à' and blanks", anchored(HeadingPatterns.LOWER_AGAINST),
                        "appel à \n l'encontre du jugement rendu le 16 avril 2024 contre l'arrêt", "à \n l'encontre du jugement", "contre l'arrêt"),
                row("anchor: the Portalis dash at a fixed place", anchored(HeadingPatterns.PORTALIS),
                        "N° RG 24/00354 - N° Portalis DBVF-V-B7I-GMAX", "DBVF-V-B7I-GMAX"),
                row("anchor: the pourvoi dash at a fixed place", anchored(HeadingPatterns.POURVOI),
                        "Pourvoi n° B 21-19.704 et 21-80.968", "21-19.704", "21-80.968"),
                row("anchor 'r' of RG and Rôle", anchored(HeadingPatterns.RG),
                        "R.G : N° RG 22/01622 et Rôle N° RG 22/03700", "R.G : N° RG 22/01622", "Rôle N° RG 22/03700"),
                row("anchor 'minute'", anchored(HeadingPatterns.MINUTE), "MINUTE N° 24/00262", "MINUTE N° 24/00262"),
                row("anchor 'f' two letters in", anchored(HeadingPatterns.LOWER_REFERENCE),
                        "(Réf 1ère instance : 23/00379)", "Réf 1ère instance : 23/00379"),
                row("anchor 'lib' two letters in", anchored(HeadingPatterns.DELIBERE),
                        "mise en délibéré au 22 octobre 2024", "délibéré au 22 octobre 2024"),
                row("anchor 'audience publique du'", anchored(HeadingPatterns.AUDIENCE),
                        "Audience publique du 23 octobre 2024", "Audience publique du 23 octobre 2024"),
                row("anchor 'sident' three letters in", anchored(HeadingPatterns.COUR_APPEL_SELF),
                        "président de chambre à la cour d'appel de Douai", "président de chambre à la cour d'appel de Douai"),
                row("anchor: a court's name found by its first word", anchored(HeadingPatterns.courtMention(HeadingPatterns.COUR_APPEL)),
                        "de la cour d'appel de RIOM", "cour d'appel de RIOM"),
                row("anchor: a dotless i matches 'i' case-insensitively, the folded text finds 'cision' in it",
                        anchored(HeadingPatterns.LOWER_LABEL), "DÉCıSION ATTAQUÉE : jugement", "DÉCıSION ATTAQUÉE"),
                // heading and zones: line starts, the matcher's default bounds (LineStarts.matches)
                row("every line start, the first one too", lines("(?m)^[ \\t]*PAR CES MOTIFS", 0, -1),
                        "PAR CES MOTIFS\nattendu\n  PAR CES MOTIFS,\n", "PAR CES MOTIFS", "  PAR CES MOTIFS"),
                row("a region that starts mid-line: ^ matches there, as with the matcher's anchoring bounds",
                        lines("(?m)^[ \\t]*(?:Attendu|Considérant)", 10, -1), "Vu la loi Attendu que\nAttendu que", "Attendu", "Attendu"),
                row("$ matches at the region's end, as with anchoring bounds", lines("(?m)^[ \\t]*DÉCISION[ \\t]*$", 0, 18),
                        "DÉCISION\nDÉCISION RENDUE", "DÉCISION", "DÉCISION "),
                row("the other line terminators start a line", lines("(?m)^x", 0, -1), "x\u2028x\u2029x\u0085x\rx\r\nx",
                        "x", "x", "x", "x", "x", "x"),
                row("'\\r\\n' is one terminator", lines("(?m)^\\n", 0, -1), "a\r\n\nb", "\n"),
                row("a match that runs to the next line start: the next match may start there", lines("(?m)^[^\\n]*\\n", 0, -1),
                        "un\ndeux\ntrois", "un\n", "deux\n"),
                row("empty matches move on by one line", lines("(?m)^", 0, -1), "a\nb\n", "", ""),
                row("only lines opening with a character the pattern may start with are tried: blanks may open them",
                        lines("(?m)^[ \\t]*(?iu:moyens? annex[ée]s?)", 0, -1), "Moyens annexés\n\tMOYEN ANNEXÉ\nles moyens annexés",
                        "Moyens annexés", "\tMOYEN ANNEXÉ"),
                row("case-insensitive openings beyond ASCII: the long s among the known characters, the Kelvin sign beyond them",
                        lines("(?m)^(?iu:s|k)", 0, -1), "ſ\n\u212A\nx", "ſ", "\u212A"),
                row("a date opening its line looks behind at the line terminator it cannot see: no letter either way",
                        lines(HeadingPatterns.DATE_LINE, 0, -1), "Attendu que le 3 mars 2021\n16 OCTOBRE 2024\nLe 22/10/2024,",
                        "16 OCTOBRE 2024", "Le 22/10/2024,"),
                // bench and parties: line starts, transparent bounds that do not anchor (LineStarts.matchesSeeingAround)
                row("a line ended by \\n", linesSeeingAround("(?m)^LE GREFFIER\\s+\\S+", 0, -1),
                        "LE JUGE\nLE GREFFIER\nMarion", "LE GREFFIER\nMarion"),
                row("no line start between \\r and \\n", linesSeeingAround("(?m)^\\s*LE GREFFIER", 0, -1),
                        "LE JUGE\r\nLE GREFFIER", "LE GREFFIER"),
                row("a line separator (U+2028)", linesSeeingAround("(?m)^Le greffier", 0, -1), "Fait à Paris\u2028Le greffier", "Le greffier"),
                row("the first line", linesSeeingAround("(?m)^Pourvoi n°", 0, -1), "Pourvoi n° B 21-19.704", "Pourvoi n°"),
                row("not inside a line", linesSeeingAround("(?m)^greffier", 0, -1), "Le greffier"),
                row("a region that starts mid-line: ^ does not match there", linesSeeingAround("(?m)^LE GREFFIER", 3, -1),
                        "LE LE GREFFIER\nLE GREFFIER", "LE GREFFIER"),
                row("a match must end within the region", linesSeeingAround("(?m)^LE GREFFIER\\s+\\S+", 0, 12),
                        "LE GREFFIER\nMarion\nLE GREFFIER\nPaul"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatTheRegexFinds(String guards, Search search, String text, List<String> expected) {
        List<String> found = new ArrayList<>();
        search.tried().apply(text).forEachMatch(m -> found.add(m.group()));
        List<String> regexFound = new ArrayList<>();
        Matcher m = search.reference().apply(text);
        while (m.find()) {
            regexFound.add(m.group());
        }

        assertThat(found).isEqualTo(expected).isEqualTo(regexFound);
    }

    /** Restarting at an offset, as the citation and bench readers do after a match they read on from. */
    @Test
    void findFromStartsAtTheOffsetAsMatcherFindDoes() {
        String text = "les articles 1224 et 1186, l'article 700";
        StartMatcher matches = CitationPatterns.ARTICLE_WORD.in(text);
        Matcher m = CitationPatterns.ARTICLE_WORD.pattern().matcher(text);
        for (int from : new int[] {0, 5, 6, 27, 4}) {
            assertEquals(m.find(from), matches.find(from));
            assertEquals(m.start(), matches.matcher().start(), "from " + from);
        }
        assertThat(matches.find(38)).isFalse();
    }

    /** "ſ" (long s), "ı" (dotless i), "K" (Kelvin)...: a citation's first word written with them is still tried. */
    @Test
    void triesTheFirstWordsWrittenWithAnyLetterCaseInsensitiveMatchingTakes() {
        Search search = guarded(CitationPatterns.SOURCE_WORD);
        for (String word : CitationPatterns.SOURCE_FIRST_WORDS) {
            for (int at = 0; at < word.length(); at++) {
                for (char letter : sameLetters(word.charAt(at))) {
                    String written = "du " + word.substring(0, at) + letter + word.substring(at + 1) + " ";
                    Matcher m = search.reference().apply(written);
                    StartMatcher matches = search.tried().apply(written);
                    while (m.find()) {
                        assertTrue(matches.find(), written);
                        assertEquals(m.group(), matches.matcher().group(), written);
                    }
                    assertThat(matches.find()).as(written).isFalse();
                }
            }
        }
    }

    @Test
    void anchorsAreWrittenFolded() {
        assertThatThrownBy(() -> new Anchor("Minute", 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The counsel pattern of a cassation heading's observations ("de la SCP ..., avocat de ..."), its start only. */
    private static final String OBSERVATIONS = "\\b(?:de|du)\\s+la\\s+SCP\\s+\\p{Lu}\\p{L}*";

    private static final Map<Character, List<Character>> SAME_LETTERS = new HashMap<>();

    /** Every character that matches {@code letter} case-insensitively, as the citation patterns compare. */
    private static List<Character> sameLetters(char letter) {
        return SAME_LETTERS.computeIfAbsent(letter, StartMatcherTest::searchSameLetters);
    }

    private static List<Character> searchSameLetters(char letter) {
        Pattern same = Pattern.compile(Pattern.quote(String.valueOf(letter)),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        List<Character> letters = new ArrayList<>();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (same.matcher(String.valueOf(c)).matches()) {
                letters.add(c);
            }
        }
        assertTrue(letters.size() > 1, "upper and lower case of " + letter);
        return letters;
    }

    private static Search guarded(GuardedPattern p) {
        return new Search("guarded", p::in, text -> p.pattern().matcher(text));
    }

    private static Search guarded(GuardedPattern p, int from, int to) {
        return new Search("guarded [" + from + ", " + to + ")", text -> p.in(text, from, to),
                text -> p.pattern().matcher(text).region(from, to).useTransparentBounds(true));
    }

    private static Search anchored(Anchored anchored) {
        return new Search("anchored", text -> anchored.in(text, CaseFold.of(text)), text -> anchored.pattern().matcher(text));
    }

    /** {@code to} -1 for the text's end. */
    private static Search lines(String regex, int from, int to) {
        return lines(Pattern.compile(regex), from, to);
    }

    private static Search lines(Pattern p, int from, int to) {
        return new Search("line starts", text -> LineStarts.of(text).matches(p, from, end(text, to)),
                text -> p.matcher(text).region(from, end(text, to)));
    }

    /** The line starts of the region only, as the bench and parties readers find them. */
    private static Search linesSeeingAround(String regex, int from, int to) {
        Pattern p = Pattern.compile(regex);
        return new Search("line starts, transparent", text -> LineStarts.of(text, from, end(text, to)).matchesSeeingAround(p, from, end(text, to)),
                text -> StartMatcher.seeingAround(p, text).region(from, end(text, to)));
    }

    private static int end(String text, int to) {
        return to < 0 ? text.length() : to;
    }

    private static Arguments row(String guards, Search search, String text, String... expected) {
        return Arguments.of(guards, search, text, List.of(expected));
    }
}
