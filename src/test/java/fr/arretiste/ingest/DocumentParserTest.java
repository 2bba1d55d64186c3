package fr.arretiste.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentParserTest {
    private final DocumentParser parser = new DocumentParser();

    /** One real ruling of each format in corpus/: the media type Tika detects and a phrase of its text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ca-douai-2022-12-08-21-01153.txt        | text/plain                        | N° RG 21/01153
            cass-2024-12-05-16-21802.html           | text/html                         | Pourvoi
            ca-metz-2024-10-17-21-02928.pdf         | application/pdf                   | COUR D'APPEL
            ca-poitiers-2024-10-22-24-00069.docx    | application/vnd.openxmlformats    | PAR CES MOTIFS
            ca-lyon-2024-10-22-24-00664.odt         | application/vnd.oasis.opendocument| PAR CES MOTIFS
            ca-lyon-2024-10-22-23-07083.rtf         | application/rtf                   | PAR CES MOTIFS
            tcom-0605-2024g00010-2024-09-13-2.json  | application/json                  | TRIBUNAL DE
            """)
    void parsesEveryFormatOfTheCorpus(String file, String mediaType, String phrase) throws Exception {
        ParsedDocument doc = parser.parse(Path.of("corpus", file));

        assertThat(doc.mediaType()).startsWith(mediaType);
        assertThat(doc.text()).containsIgnoringCase(phrase);
        assertThat(doc.sha256()).hasSize(64);
    }

    @Test
    void judilibreExportGivesItsTextFieldAndMetadata() throws Exception {
        ParsedDocument doc = parser.parse(Path.of("corpus", "tcom-0605-2024g00010-2024-09-13-2.json"));

        assertThat(doc.text()).doesNotContain("\"decision_date\"");
        assertThat(doc.metadata()).containsEntry("decision_date", "2024-09-13")
                .containsEntry("jurisdiction", "tcom")
                .containsEntry("number", "2024G00010");
    }

    @Test
    void emptyFileIsRejectedWithItsReason(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("vide.txt"));

        assertThatThrownBy(() -> parser.parse(empty))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("empty file");
    }

    @Test
    void corruptPdfIsRejectedNotCrashed(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("tronque.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> parser.parse(pdf))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageStartingWith("truncated PDF (it does not end with %%EOF): ");
    }

    @Test
    void jsonThatIsNotAJudilibreExportIsRejected(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("autre.json"), "{\"name\": \"not a ruling\"}");

        assertThatThrownBy(() -> parser.parse(json))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("not a Judilibre export");
    }

    /** Latin-1, and Windows-1252 with the characters only it has (’ œ « » are where the two differ from UTF-8 most). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ISO-8859-1   | Elle a infirmé le jugement.
            windows-1252 | L’intimée « conteste » l’œuvre.
            """)
    void legacyEncodingIsDecoded(String charset, String last, @TempDir Path dir) throws Exception {
        String ruling = "COUR D'APPEL DE DOUAI\nARRÊT DU 8 DÉCEMBRE 2022\nLa cour a statué sur l'appel interjeté "
                + "par la société, représentée par Maître Dupré, avocat au barreau de Lille, et déclaré "
                + "l'appel recevable ; elle a infirmé le jugement déféré et condamné l'intimée aux dépens.\n" + last + "\n";
        Path legacy = Files.write(dir.resolve("arret.txt"), ruling.getBytes(Charset.forName(charset)));

        assertThat(parser.parse(legacy).text()).contains("ARRÊT DU 8 DÉCEMBRE 2022", "représentée", "déféré", last);
    }
}
