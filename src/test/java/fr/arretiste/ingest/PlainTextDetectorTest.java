package fr.arretiste.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcut takes plain text named .txt, and leaves every other file to Tika's detection. */
class PlainTextDetectorTest {
    private static final PlainTextDetector DETECTOR = new PlainTextDetector(new AutoDetectParser().getDetector());

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // a ruling's first line (ca-douai-2022-12-08-21-01153.txt): the shortcut
            "arret.txt    | UTF-8        | 'COUR D''APPEL DE DOUAI\nCHAMBRE 2 SECTION 2\n' | text/plain",
            // the same written on Windows: bytes from 0x80 are letters, the text parser finds the charset
            "arret.txt    | windows-1252 | 'Arrêt n° 45, prononcé le 8 décembre 2022 – «dépens»\n' | text/plain",
            // the same behind a UTF-8 byte-order mark
            "arret.txt    | UTF-8        | '\uFEFFCOUR DE CASSATION\n' | text/plain",
            // a PDF, an HTML page and a Word file renamed .txt: Tika's magic finds what they are
            "disguised.txt | ISO-8859-1  | '%PDF-1.4\n%âãÏÓ\n1 0 obj\n' | application/pdf",
            "page.txt     | UTF-8        | '<!DOCTYPE html><html><head><title>Arrêt</title></head>' | text/html",
            "word.txt     | ISO-8859-1   | 'PK\u0003\u0004\u0014\u0000\u0006\u0000' | application/zip",
            // plain text not named .txt: Tika as before
            "arret.html   | UTF-8        | '<html><body><p>COUR DE CASSATION</p></body></html>' | text/html",
    })
    void detects(String name, String charset, String content, String expected) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        byte[] bytes = content.getBytes(Charset.forName(charset));
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            assertEquals(expected, DETECTOR.detect(in, metadata).getBaseType().toString());
            assertEquals(0, in.getPosition(), "the stream is given back where it was");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a ruling's heading        | 'COUR D''APPEL DE LYON\n\tARRÊT DU 22 OCTOBRE 2024\r\n' | true",
            "a NUL byte (binary data)  | 'COUR\u0000D''APPEL'                                   | false",
            "an escape byte            | '\u001B[1mCOUR'                                        | false",
            "JSON                      | '  {\"text\": \"COUR DE CASSATION\"}'                  | false",
            "PostScript                | '%!PS-Adobe-3.0'                                        | false",
            "nothing                   | ''                                                      | false",
    })
    void plainTextIsTextWithNothingOfAnotherFormat(String what, String header, boolean expected) {
        assertEquals(expected, PlainTextDetector.plainText(header.getBytes(StandardCharsets.UTF_8)), what);
    }
}
