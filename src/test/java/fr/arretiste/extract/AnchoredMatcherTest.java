package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.extract.AnchoredMatcher.Anchor;
import fr.arretiste.extract.AnchoredMatcher.Anchored;

class AnchoredMatcherTest {
    /** Real heading lines; each case names the anchor that must find where the match starts. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // "cision" two letters in
                Arguments.of(HeadingPatterns.LOWER_LABEL, "Décision déférée à la Cour : jugement du 20 février 2024",
                        List.of("Décision déférée à la Cour")),
                // "cision" after the blanks that open the line
                Arguments.of(HeadingPatterns.LOWER_LABEL, "APPEL D'UNE DÉCISION DU :\n   Décision du Tribunal Judiciaire de SAINT ETIENNE",
                        List.of("APPEL D'UNE DÉCISION", "   Décision du")),
                // "jugement" opening its line, after blanks
                Arguments.of(HeadingPatterns.LOWER_LABEL, "\n  Jugement n° 2020001314 rendu le 09 février 2021par le tribunal",
                        List.of("  Jugement n° 2020001314 rendu le")),
                Arguments.of(HeadingPatterns.LOWER_LABEL, "Recours sur l'ordonnance (Au fond) en date du 12/07/2024, rendue par",
                        List.of("Recours sur l'ordonnance")),
                // "l'encontre" after "à" and blanks
                Arguments.of(HeadingPatterns.LOWER_AGAINST, "appel à \n l'encontre du jugement rendu le 16 avril 2024 contre l'arrêt",
                        List.of("à \n l'encontre du jugement", "contre l'arrêt")),
                // Portalis and pourvoi numbers: the dash at a fixed place
                Arguments.of(HeadingPatterns.PORTALIS, "N° RG 24/00354 - N° Portalis DBVF-V-B7I-GMAX", List.of("DBVF-V-B7I-GMAX")),
                Arguments.of(HeadingPatterns.POURVOI, "Pourvoi n° B 21-19.704 et 21-80.968", List.of("21-19.704", "21-80.968")),
                Arguments.of(HeadingPatterns.RG, "R.G : N° RG 22/01622 et Rôle N° RG 22/03700", List.of("R.G : N° RG 22/01622", "Rôle N° RG 22/03700")),
                Arguments.of(HeadingPatterns.MINUTE, "MINUTE N° 24/00262", List.of("MINUTE N° 24/00262")),
                Arguments.of(HeadingPatterns.LOWER_REFERENCE, "(Réf 1ère instance : 23/00379)", List.of("Réf 1ère instance : 23/00379")),
                Arguments.of(HeadingPatterns.DELIBERE, "mise en délibéré au 22 octobre 2024", List.of("délibéré au 22 octobre 2024")),
                Arguments.of(HeadingPatterns.AUDIENCE, "Audience publique du 23 octobre 2024", List.of("Audience publique du 23 octobre 2024")),
                // "sident" two letters in
                Arguments.of(HeadingPatterns.COUR_APPEL_SELF, "président de chambre à la cour d'appel de Douai",
                        List.of("président de chambre à la cour d'appel de Douai")),
                // a court's name found by its first word
                Arguments.of(HeadingPatterns.courtMention(HeadingPatterns.COUR_APPEL), "de la cour d'appel de RIOM", List.of("cour d'appel de RIOM")),
                // a dotless i matches "i" case-insensitively: the folded text must find "cision" in it
                Arguments.of(HeadingPatterns.LOWER_LABEL, "DÉCıSION ATTAQUÉE : jugement", List.of("DÉCıSION ATTAQUÉE")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsWhatTheRegexFinds(Anchored anchored, String text, List<String> expected) {
        List<String> found = new ArrayList<>();
        AnchoredMatcher matches = new AnchoredMatcher(anchored, text, CaseFold.of(text));
        while (matches.find()) {
            found.add(matches.matcher().group());
        }
        List<String> regexFound = new ArrayList<>();
        Matcher m = anchored.pattern().matcher(text);
        while (m.find()) {
            regexFound.add(m.group());
        }

        assertThat(found).isEqualTo(expected).isEqualTo(regexFound);
    }

    @Test
    void anchorsAreWrittenFolded() {
        assertThatThrownBy(() -> new Anchor("Minute", 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
