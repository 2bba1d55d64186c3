package fr.arretiste.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key against the value score.py's own function returns for the same input (computed by running
 * fold, party_key, rg_norm... of ../shared/tools/score.py with python3 3.11). Inputs are values of the
 * shared truth/ and gold/ files (court names, party names with their legal forms, chambers as the
 * registries and the annotators write them), plus the Unicode spaces and digits where Python and Java differ.
 */
class ScoreKeysTest {
    static Stream<Arguments> keys() {
        Function<String, Object> fold = ScoreKeys::fold;
        Function<String, Object> party = ScoreKeys::partyKey;
        Function<String, Object> rg = ScoreKeys::rgNorm;
        Function<String, Object> pourvoi = ScoreKeys::pourvoiNorm;
        Function<String, Object> article = ScoreKeys::articleNorm;
        Function<String, Object> chamber = ScoreKeys::chamberNorm;
        return Stream.of(
                Arguments.of(fold, "Cour d'appel d'Aix-en-Provence", "cour d appel d aix en provence"),
                Arguments.of(fold, "PREFETE DU RH\u00d4NE", "prefete du rhone"),
                Arguments.of(fold, "[B] [O]", "[b] [o]"),
                Arguments.of(fold, "Fr\u00e9d\u00e9rique FOVEAU", "frederique foveau"),
                Arguments.of(fold, "N\u00b0 RG 24/00403 - N\u00b0 Portalis DBVF-V-B7I-GMK7", "n rg 24/00403 n portalis dbvf v b7i gmk7"),
                // Œ has no decomposition and goes; the ligature ﬁ becomes "fi"; NBSP, tab and NNBSP are spaces
                Arguments.of(fold, "  \u0152uvre\u00a0\ufb01nale\tn\u00b0\u202f2 ", "uvre finale n 2"),
                Arguments.of(fold, null, ""),
                Arguments.of(party, "S.A. MAAF ASSURANCES", "maaf assurances"),
                Arguments.of(party, "S.A.S.U. COHERENCE COMMUNICATION", "coherence communication"),
                Arguments.of(party, "Soci\u00e9t\u00e9 MAAF Assurances SA", "maaf assurances"),
                Arguments.of(party, "S.C.I. SCI ADYA", "adya"),
                Arguments.of(party, "Association OGEC SAINTE CLOTILDE", "ogec sainte clotilde"),
                Arguments.of(party, "SELARL SAINTE ANNE", "sainte anne"),
                Arguments.of(party, "SASSY", "sassy"),
                Arguments.of(party, "S.A.S.", ""),
                Arguments.of(party, "[22]", "[22]"),
                Arguments.of(rg, "24/00403", "24/00403"),
                Arguments.of(rg, "RG n\u00b0 24 / 00403", "24/00403"),
                Arguments.of(rg, "N\u00b0 RG 22/02661 - N\u00b0 Portalis", "22/02661"),
                Arguments.of(rg, "22/2661", "22/2661"),
                Arguments.of(rg, "23\u00a0/\u202f57393", "23/57393"),
                Arguments.of(rg, "\u0662\u0662/\u0660\u0660\u0668\u0666\u0662", "\u0662\u0662/\u0660\u0660\u0668\u0666\u0662"),
                Arguments.of(rg, null, ""),
                Arguments.of(pourvoi, "23-18.153", "2318153"),
                Arguments.of(pourvoi, "n\u00b0 Y 23-15.672", "2315672"),
                Arguments.of(pourvoi, null, ""),
                Arguments.of(article, "L.1111-8", "L1111-8"),
                Arguments.of(article, "L 1111-8", "L1111-8"),
                Arguments.of(article, "l. 114-2", "L114-2"),
                Arguments.of(article, "1635 bis P", "1635BISP"),
                Arguments.of(article, "13.1", "13.1"),
                Arguments.of(article, " R. 4323-34 ", "R4323-34"),
                Arguments.of(article, "A.\u00a0121-3", "A121-3"),
                Arguments.of(article, null, ""),
                Arguments.of(chamber, "1re chambre civile", List.of("1")),
                Arguments.of(chamber, "1\u00e8re Chambre", List.of("1")),
                Arguments.of(chamber, "Premi\u00e8re chambre civile", List.of("1")),
                Arguments.of(chamber, "1ere Chambre sect.Civile", List.of("1")),
                Arguments.of(chamber, "3\u00e8me chambre A", List.of("3", "a")),
                Arguments.of(chamber, "2\u00e8me chambre section A", List.of("2", "a")),
                Arguments.of(chamber, "CIV.2", List.of("civ", "2")),
                Arguments.of(chamber, "Deuxi\u00e8me chambre civile", List.of("deuxieme")),
                Arguments.of(chamber, "P\u00f4le 4 - Chambre 13", List.of("pole", "4", "13")),
                Arguments.of(chamber, "9\u00e8me Ch S\u00e9curit\u00e9 Sociale", List.of("9", "securite", "sociale")),
                Arguments.of(chamber, "1er pr\u00e9sident", List.of("1", "president")),
                Arguments.of(chamber, "CHAMBRE SOCIALE D (PS)", List.of("sociale", "d", "ps")),
                Arguments.of(chamber, null, List.of()));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyAgreesWithScorePy(Function<String, Object> key, String input, Object expected) {
        assertEquals(expected, key.apply(input));
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("S.A. MAAF ASSURANCES", "MAAF ASSURANCES", true),
                Arguments.of("Etablissement Public URSSAF CHAMPAGNE ARDENNES", "URSSAF", true),
                Arguments.of("SAS", "S.A.S.", false),
                Arguments.of("Me Jean-Hugues CHAUMARD", "Jean-Hugues CHAUMARD", true),
                Arguments.of("SCP CHAUMARD TOURAILLE", "Claire DUPONT", false),
                Arguments.of("PREFETE DU RH\u00d4NE", "PREFETE DU RHONE", true));
    }

    @ParameterizedTest
    @MethodSource("names")
    void namesMatchAgreesWithScorePy(String a, String b, boolean expected) {
        assertEquals(expected, ScoreKeys.namesMatch(a, b));
    }

    static Stream<Arguments> stems() {
        return Stream.of(
                Arguments.of("/work/shared/data/rulings/ca-dijon-2024-10-22-24-00403.txt", "ca-dijon-2024-10-22-24-00403"),
                Arguments.of("notes.v2.txt", "notes.v2"),
                Arguments.of(".profile", ".profile"),
                Arguments.of("dir.d/..rc", "..rc"),
                Arguments.of("README", "README"),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @MethodSource("stems")
    void stemIsPythonsSplitextOfTheBasename(String path, String expected) {
        assertEquals(expected, ScoreKeys.stem(path));
    }
}
