package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

class RulingCheckTest {
    // values of ca-dijon-2024-10-22-24-00354.txt: "COUR D'APPEL DE DIJON", "22 octobre 2024", "N° RG 24/00354"
    private static final Court DIJON = new Court("cour_appel", "Cour d'appel de Dijon", "Dijon");
    private static final String DATE = "2024-10-22";
    private static final List<CaseNumber> RG = List.of(new CaseNumber("rg", "24/00354"));
    private static final Zones DISPOSITIF = new Zones(null, null, null, new Span(100, 200));
    private static final String TEXT = "L'affaire a été débattue le 03 septembre 2024 en audience publique devant la cour "
            + "composée de : Viviane CAULLIREAU-FOREL, Président de chambre, Sophie BAILLY, Conseiller, Bénédicte KUENTZ, "
            + "Conseiller, Après rapport fait à l'audience par l'un des magistrats de la composition, la cour, comme "
            + "ci-dessus composée a délibéré.";

    static Stream<Arguments> rulings() {
        return Stream.of(
                Arguments.of("court and dispositif", ruling(DIJON, null, List.of(), DISPOSITIF)),
                Arguments.of("date only", ruling(null, DATE, List.of(), Zones.NONE)),
                Arguments.of("case number and dispositif", ruling(null, null, RG, DISPOSITIF)),
                Arguments.of("all three", ruling(DIJON, DATE, RG, Zones.NONE)));
    }

    @ParameterizedTest(name = "{0} is a ruling")
    @MethodSource("rulings")
    void acceptsWhatNamesCourtDateOrCaseNumber(String what, Ruling ruling) throws RejectedFileException {
        assertSame(ruling, RulingCheck.requireRuling(ruling, TEXT));
    }

    @ParameterizedTest(name = "case numbers {0}")
    @MethodSource("noCaseNumbers")
    void rejectsWhatNamesNone(List<CaseNumber> numbers) {
        Ruling notes = ruling(null, null, numbers, DISPOSITIF);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> RulingCheck.requireRuling(notes, TEXT));
        assertEquals("corpus/notes.txt", e.source());
        assertEquals("not a ruling: no court, no date and no case number found", e.reason());
    }

    /** corpus/SOURCES.md names the Douai court and its RG number, but has no date and decides nothing. */
    @Test
    void rejectsWhatHasNeitherDateNorDispositif() {
        Ruling notes = ruling(DIJON, null, RG, Zones.NONE);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> RulingCheck.requireRuling(notes, TEXT));
        assertEquals("not a ruling: no date and no dispositif found", e.reason());
    }

    /** The same passage in other languages, with a court, a date and a case number found in it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English | The case was heard on 3 September 2024 in open court before the court composed of Viviane Forel, President of the chamber, Sophie Bailly and Bénédicte Kuentz, judges; after a report made at the hearing by one of the judges, the court, composed as above, deliberated.
            Italian | La causa è stata discussa il 3 settembre 2024 in udienza pubblica davanti alla corte composta da Viviane Forel, presidente di sezione, Sophie Bailly e Bénédicte Kuentz, consiglieri; dopo la relazione fatta all'udienza da uno dei magistrati del collegio, la corte, composta come sopra, ha deliberato.
            """)
    void rejectsATextThatIsNotFrench(String language, String text) {
        Ruling foreign = ruling(DIJON, DATE, RG, DISPOSITIF);
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> RulingCheck.requireRuling(foreign, text));
        assertEquals("not a ruling: the text is not in French", e.reason());
    }

    static Stream<List<CaseNumber>> noCaseNumbers() {
        return Stream.of(List.of(), null);
    }

    private static Ruling ruling(Court court, String date, List<CaseNumber> numbers, Zones zones) {
        return new Ruling("sha-0123456789abcdef", "corpus/notes.txt", "0123456789abcdef", "text/plain", court, null, date,
                null, numbers, List.of(), List.of(), List.of(), null, List.of(), List.of(), null, zones);
    }
}
