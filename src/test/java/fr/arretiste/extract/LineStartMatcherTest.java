package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineStartMatcherTest {
    /** Each case names what trying line starts only must not change: the same matches as java.util.regex. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // every line start, the first one too
                Arguments.of("(?m)^[ \\t]*PAR CES MOTIFS", "PAR CES MOTIFS\nattendu\n  PAR CES MOTIFS,\n", 0, -1,
                        List.of("PAR CES MOTIFS", "  PAR CES MOTIFS")),
                // a region that starts mid-line: ^ matches there, as with the matcher's anchoring bounds
                Arguments.of("(?m)^[ \\t]*(?:Attendu|Considérant)", "Vu la loi Attendu que\nAttendu que", 10, -1,
                        List.of("Attendu", "Attendu")),
                // $ matches at the region's end, as with anchoring bounds
                Arguments.of("(?m)^[ \\t]*DÉCISION[ \\t]*$", "DÉCISION\nDÉCISION RENDUE", 0, 18, List.of("DÉCISION", "DÉCISION ")),
                // the other line terminators start a line; "\r\n" is one terminator
                Arguments.of("(?m)^x", "x\u2028x\u2029x\u0085x\rx\r\nx", 0, -1, List.of("x", "x", "x", "x", "x", "x")),
                Arguments.of("(?m)^\\n", "a\r\n\nb", 0, -1, List.of("\n")),
                // a match that runs to the next line start: the next match may start there
                Arguments.of("(?m)^[^\\n]*\\n", "un\ndeux\ntrois", 0, -1, List.of("un\n", "deux\n")),
                // empty matches move on by one line
                Arguments.of("(?m)^", "a\nb\n", 0, -1, List.of("", "")),
                // only lines opening with a character the pattern may start with are tried: blanks may open them
                Arguments.of("(?m)^[ \\t]*(?iu:moyens? annex[ée]s?)", "Moyens annexés\n\tMOYEN ANNEXÉ\nles moyens annexés", 0, -1,
                        List.of("Moyens annexés", "\tMOYEN ANNEXÉ")),
                // case-insensitive openings beyond ASCII: the long s among the known characters, the Kelvin sign beyond them
                Arguments.of("(?m)^(?iu:s|k)", "ſ\n\u212A\nx", 0, -1, List.of("ſ", "\u212A")),
                // a date opening its line looks behind at the line terminator it cannot see: no letter either way
                Arguments.of(HeadingPatterns.DATE_LINE.pattern(), "Attendu que le 3 mars 2021\n16 OCTOBRE 2024\nLe 22/10/2024,", 0, -1,
                        List.of("16 OCTOBRE 2024", "Le 22/10/2024,")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsWhatTheRegexFinds(String regex, String text, int from, int to, List<String> expected) {
        Pattern pattern = Pattern.compile(regex, regex.startsWith("(?") ? 0 : HeadingPatterns.DATE_LINE.flags());
        int end = to < 0 ? text.length() : to;
        List<String> found = new ArrayList<>();
        LineStartMatcher lines = new LineStartMatcher(pattern, text, LineStartMatcher.lineStarts(text), from, end);
        while (lines.find()) {
            found.add(lines.matcher().group());
        }
        List<String> regexFound = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, end);
        while (m.find()) {
            regexFound.add(m.group());
        }

        assertThat(found).isEqualTo(expected).isEqualTo(regexFound);
    }
}
