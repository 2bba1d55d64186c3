package fr.arretiste.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.cli.Main;
import fr.arretiste.testing.ImportProcess;
import fr.arretiste.testing.TrivialExtraction;

/**
 * Every kind of bad input the issue names, in one folder with a real ruling: each bad file ends in
 * rejects.jsonl with a clear reason, or is read correctly (legacy encodings; a .pdf that is really
 * HTML is read as HTML, what its bytes say, not its name), and the run completes. The import runs in
 * a JVM of its own with a 512 MB heap, which the 50 MB text file and the zip bombs must not exhaust.
 */
class BadInputTest {
    /** A ruling's opening lines and a dispositif (ca-dijon-2024-10-22-24-00354.txt), enough for the checks. */
    private static final String RULING = """
            COUR D'APPEL DE DIJON
            1ère chambre civile
            ARRÊT DU 22 OCTOBRE 2024
            N° RG 24/00354 - N° Portalis DBVF-V-B7I-GMAX
            Décision déférée à la Cour : jugement du 20 février 2024, rendu par le juge de l'exécution du \
            tribunal judiciaire de Dijon - RG : 23/02313
            L'affaire a été débattue le 03 septembre 2024 en audience publique devant la cour composée de \
            Viviane CAULLIREAU-FOREL, Président de chambre, Sophie BAILLY, Conseiller, Bénédicte KUENTZ, Conseiller.
            Après rapport fait à l'audience par l'un des magistrats de la composition, la cour, comme ci-dessus \
            composée a délibéré. L'appelante fait grief au jugement d'avoir rejeté sa demande et sollicite \
            l'infirmation de la décision ; l'intimée conclut à la confirmation du jugement et à la condamnation \
            de l'appelante aux dépens.
            PAR CES MOTIFS, la cour confirme le jugement en toutes ses dispositions.
            """;
    /** The same passage in English: a judgment, but not a French one. */
    private static final String ENGLISH = """
            COURT OF APPEAL OF DIJON, first civil chamber, judgment of 22 October 2024, case 24/00354.
            The case was heard on 3 September 2024 in open court before the court composed of the President of the \
            chamber and two judges. After a report made at the hearing by one of the judges, the court deliberated. \
            The appellant complains that the judgment dismissed her claim and asks for it to be set aside; the \
            respondent asks the court to uphold the judgment and to order the appellant to pay the costs.
            """;
    private static final int MB = 1_000_000;
    /** The bad files and the start of the reason each must be rejected with. */
    private static final Map<String, String> REJECTED = Map.of(
            "empty.txt", "empty file",
            "truncated.pdf", "truncated PDF (it does not end with %%EOF): ",
            "protected.pdf", "password-protected document",
            "garbage.txt", "binary data, not text in any encoding",
            "huge.txt", "text longer than 2,000,000 characters: more than one ruling",
            "english.txt", "not a ruling: the text is not in French",
            "bomb.docx", "text longer than 2,000,000 characters: more than one ruling",
            "bomb.zip", "archive (application/zip): unpack its files into the input folder",
            "loop", "symbolic-link loop");

    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsRejectedWithItsReasonAndTheRunGoesOn() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("ruling.txt"), RULING);
        Files.createFile(corpus.resolve("empty.txt"));
        byte[] pdf = pdf(RULING, null);
        Files.write(corpus.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(corpus.resolve("protected.pdf"), pdf(RULING, "secret"));
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(corpus.resolve("garbage.txt"), garbage);
        Files.writeString(corpus.resolve("page.pdf"), "<!DOCTYPE html><html><head><title>Arrêt</title></head><body><p>"
                + RULING.replace("\n", "</p><p>") + "</p></body></html>");
        Files.write(corpus.resolve("latin1.txt"), RULING.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("cp1252.txt"), (RULING + "L’intimée « conteste » l’œuvre.\n")
                .getBytes(Charset.forName("windows-1252")));
        hugeText(corpus.resolve("huge.txt"), 50 * MB);
        Files.writeString(corpus.resolve("english.txt"), ENGLISH);
        docxBomb(corpus.resolve("bomb.docx"), 200 * MB);
        zipBomb(corpus.resolve("bomb.zip"), 200 * MB);
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        Path index = tmp.resolve("output/index");

        ImportProcess run = ImportProcess.start(corpus, index, tmp.resolve("import.log"), List.of());
        assertEquals(0, run.waitFor(), run.output());

        ImportOutputs out = ImportOutputs.of(new ImportPaths(List.of(corpus), index));
        Map<String, String> reasons = new TreeMap<>();
        out.rejects().forEach((source, reason) -> reasons.put(corpus.relativize(Path.of(source)).toString(), reason));
        assertEquals(REJECTED.keySet(), reasons.keySet(), run.output());
        assertAll(REJECTED.entrySet().stream().map(e -> () -> assertThat(reasons.get(e.getKey())).startsWith(e.getValue())));
        assertEquals(List.of("cp1252.txt", "latin1.txt", "page.pdf", "ruling.txt"), out.rulingSources().stream()
                .map(s -> Path.of(s).getFileName().toString()).sorted().toList());
    }

    @Test
    void anUnreadableFileIsRejected() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path locked = Files.writeString(corpus.resolve("locked.txt"), RULING);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads whatever the permissions say, so as root this is skipped; it runs without root's
        // override: capsh --drop=cap_dac_override,cap_dac_read_search -- -c "mvn test -Dtest=BadInputTest"
        assumeFalse(Files.isReadable(locked) && canOpen(locked), "running as root: chmod 000 does not stop reading");

        Path index = tmp.resolve("output/index");
        assertEquals(0, Main.run("import", corpus.toString(), "--index", index.toString(),
                "--spring.main.sources=" + TrivialExtraction.class.getName()));

        assertEquals(Map.of(locked.toString(), "cannot read file: permission denied"),
                ImportOutputs.of(new ImportPaths(List.of(corpus), index)).rejects());
    }

    private static boolean canOpen(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A PDF of the text, encrypted with a user password when one is given. */
    private static byte[] pdf(String text, String password) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.setLeading(11);
                content.newLineAtOffset(40, 750);
                for (String line : text.split("\n")) {
                    content.showText(line.length() > 110 ? line.substring(0, 110) : line);
                    content.newLine();
                }
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A French text file of {@code size} bytes, written as a stream. */
    private static void hugeText(Path file, long size) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < size; written += RULING.length()) {
                out.write(RULING);
            }
        }
    }

    /** A .docx whose document inflates to {@code size} bytes from a few hundred kilobytes. */
    private static void docxBomb(Path file, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                    + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            repeat(zip, "<w:p><w:r><w:t>la cour</w:t></w:r></w:p>", size);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A .zip of one entry of {@code size} spaces. */
    private static void zipBomb(Path file, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("arret.txt"));
            repeat(zip, " ".repeat(1000), size);
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, String unit, long size) throws IOException {
        byte[] bytes = unit.repeat(Math.max(1, 64 * 1024 / unit.length())).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < size; written += bytes.length) {
            out.write(bytes);
        }
    }
}
