package org.missionreader.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.PartialDate;
import org.missionreader.print.PageSetup;
import org.missionreader.print.StatementContent;
import org.missionreader.print.Statements;
import org.missionreader.print.pdf.PdfExport;
import org.missionreader.print.pdf.PdfFontMeasurer;

/** The engine: the app's own PDF read back, text, HTML, the proposals, and every refusal with its reason. */
class DocumentImporterTest {

    @TempDir
    Path dir;

    private static ImportFailure.Why why(Path file) {
        return assertThrows(ImportFailure.class, () -> DocumentImporter.read(file)).why();
    }

    // ---- the app's own PDF, imported back

    @Test
    void theAppsOwnPdfGivesTheSameParagraphsCharacterForCharacter() throws Exception {
        Library library = new LibraryLoader().loadBundled().library();
        Document doc = library.document("minusma-press-elements-2015-03-04").orElseThrow();
        Path file = dir.resolve("export.pdf");
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            new PdfExport(measurer).export(StatementContent.of(doc, library.mission("minusma").orElseThrow(), Locale.FRENCH),
                    PageSetup.defaults().withFontSize(16), Locale.FRENCH, file);
        }
        ImportDraft draft = DocumentImporter.read(file);
        // The export prints a heading (title, speaker, role, date line) before the paragraphs and the source
        // after: the draft takes them as its fields, and its paragraphs are the statement's, character for character.
        List<String> got = draft.paragraphs();
        assertEquals(doc.paragraphs(), got);
        assertEquals(doc.source().name(), draft.source().name());
        assertEquals(doc.speaker().name(), draft.speakerName());
        assertEquals(doc.speaker().role(), draft.speakerRole());
        // the running header (mission, title) and footer (citation, page n of 2) are gone
        assertTrue(got.stream().noneMatch(p -> p.contains("page 1 sur 2") || p.contains("page 2 sur 2")), got.toString());
        assertTrue(got.stream().noneMatch(p -> p.startsWith("MINUSMA Eléments")), got.toString());
        assertEquals(doc.title(), draft.title());
        assertEquals(PartialDate.ofDay(2015, 3, 4), draft.date(), got.toString());
        assertEquals("fr", draft.language());
    }

    @Test
    void aLongExportRunsItsParagraphsOverThePages() throws Exception {
        Document doc = Statements.synthetic(30, 7);
        Path file = dir.resolve("long.pdf");
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            new PdfExport(measurer).export(StatementContent.of(doc, null, Locale.FRENCH), PageSetup.defaults(), Locale.FRENCH, file);
        }
        List<String> got = DocumentImporter.read(file).paragraphs();
        int start = got.indexOf(doc.paragraphs().get(0));
        assertTrue(start >= 0, got.toString());
        assertEquals(doc.paragraphs(), got.subList(start, start + doc.paragraphs().size()));
    }

    // ---- bad PDFs

    private static void onePage(PDDocument pdf, String text) throws Exception {
        PDPage page = new PDPage();
        pdf.addPage(page);
        if (text == null) return;
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
            s.beginText();
            s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
            s.newLineAtOffset(72, 700);
            s.showText(text);
            s.endText();
        }
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            onePage(pdf, "Secret text of the Council");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        assertEquals(ImportFailure.Why.ENCRYPTED, why(file));
    }

    @Test
    void anImageOnlyPdfNeedsOcr() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("Scanned statement", 10, 50);
            PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.drawImage(xobject, 72, 500, 400, 200);
            }
            pdf.save(file.toFile());
        }
        ImportFailure failure = assertThrows(ImportFailure.class, () -> DocumentImporter.read(file));
        assertEquals(ImportFailure.Why.NO_TEXT_LAYER, failure.why());
        assertEquals("no text layer: this PDF would need OCR", failure.getMessage());
    }

    @Test
    void aTruncatedPdfIsDamaged() throws Exception {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument pdf = new PDDocument()) {
            onePage(pdf, "First page of the statement");
            onePage(pdf, "Second page of the statement");
            pdf.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(ImportFailure.Why.DAMAGED, why(cut));
        Path garbage = dir.resolve("garbage.pdf");
        Files.writeString(garbage, "%PDF-1.7\nthis is no PDF at all\n%%EOF\n");
        assertEquals(ImportFailure.Why.DAMAGED, why(garbage));
        Path notPdf = dir.resolve("text.pdf");
        Files.writeString(notPdf, "plain words, renamed .pdf");
        assertEquals(ImportFailure.Why.DAMAGED, why(notPdf));
    }

    @Test
    void aFileOf501MegabytesIsRefusedBeforeItIsRead() throws Exception {
        for (String name : List.of("huge.pdf", "huge.txt", "huge.html")) {
            Path file = dir.resolve(name);
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(501L * 1024 * 1024);
            }
            long start = System.nanoTime();
            assertEquals(ImportFailure.Why.TOO_LARGE, why(file), name);
            assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once, not read: " + name);
            Files.delete(file);
        }
    }

    @Test
    void aMissingFileAndAnUnknownKind() throws Exception {
        assertEquals(ImportFailure.Why.NOT_FOUND, why(dir.resolve("nowhere.pdf")));
        assertEquals(ImportFailure.Why.NOT_FOUND, why(dir.resolve("nowhere.txt")));
        Path docx = dir.resolve("statement.docx");
        Files.writeString(docx, "x");
        assertEquals(ImportFailure.Why.UNSUPPORTED, why(docx));
    }

    // ---- text

    @Test
    void textParagraphsSplitOnBlankLinesWithTheirLinesJoined() throws Exception {
        Path file = dir.resolve("mail.txt");
        Files.writeString(file, "Déclaration du Président du Conseil de sécurité\nS/PRST/2015/5\n\n1er mars 2015\n\n"
                + "Le Conseil se félicite des négo-\nciations d’Alger et de la paix\u00A0: les négociations continuent.\n"
                + "   \nLe Nord-\nMali reste au cœur de ses préoccupations ; il le dit.\r\n", StandardCharsets.UTF_8);
        ImportDraft draft = DocumentImporter.read(file);
        // The heading (the title with its symbol, the date line) gives fields, not paragraphs.
        assertEquals(List.of(
                "Le Conseil se félicite des négociations d’Alger et de la paix\u00A0: les négociations continuent.",
                "Le Nord-Mali reste au cœur de ses préoccupations ; il le dit."), draft.paragraphs());
        assertEquals("S/PRST/2015/5", draft.symbol());
        assertEquals(PartialDate.ofDay(2015, 3, 1), draft.date());
        assertEquals(DocumentKind.PRESIDENTIAL_STATEMENT, draft.kind());
        assertEquals("Déclaration du Président du Conseil de sécurité S/PRST/2015/5", draft.title());
        assertNull(draft.speakerName());
        assertTrue(draft.unread().contains(ImportDraft.Field.SPEAKER));
        assertTrue(draft.unread().contains(ImportDraft.Field.MISSION));
    }

    @Test
    void aHyphenStaysWhereTheJoinedWordIsNowhereElse() throws Exception {
        ImportDraft draft = DocumentImporter.fromText("Les négo-\nciations ont repris.", "pasted");
        assertEquals(List.of("Les négo-ciations ont repris."), draft.paragraphs());
        assertEquals("pasted", draft.source().name());
    }

    @Test
    void utf16WithItsByteOrderMark() throws Exception {
        String text = "Security Council Press Statement on Mali\n\nMarch 4, 2015\n\nThe members of the Security Council welcomed the agreement.";
        for (var charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] body = text.getBytes(charset);
            byte[] bom = charset == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Path file = dir.resolve("utf16.txt");
            Files.write(file, all);
            ImportDraft draft = DocumentImporter.read(file);
            assertEquals(List.of("The members of the Security Council welcomed the agreement."), draft.paragraphs());
            assertEquals(PartialDate.ofDay(2015, 3, 4), draft.date());
            assertEquals(DocumentKind.PRESS_STATEMENT, draft.kind());
            assertEquals("Security Council Press Statement on Mali", draft.title());
            assertEquals("en", draft.language());
        }
    }

    @Test
    void aBinaryFileRenamedTxtIsNotText() throws Exception {
        Path png = dir.resolve("picture.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(ImportFailure.Why.NOT_TEXT, why(png));
        Path latin = dir.resolve("latin1.txt");
        Files.write(latin, "Le Conseil de sécurité a salué l’été, à Alger, à Gao, à Kidal.".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ImportFailure.Why.NOT_TEXT, why(latin));
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, " \n\n \n");
        assertEquals(ImportFailure.Why.EMPTY, why(empty));
    }

    // ---- proposals

    @Test
    void datesAtTheirPrecisionAndNoDateFromAYearAlone() {
        assertEquals(PartialDate.ofDay(2015, 3, 4), Proposals.date("4 mars 2015"));
        assertEquals(PartialDate.ofDay(2015, 3, 1), Proposals.date("Bamako, le 1er mars 2015"));
        assertEquals(PartialDate.ofDay(2015, 3, 4), Proposals.date("March 4, 2015"));
        assertEquals(PartialDate.ofDay(2015, 3, 4), Proposals.date("4 March 2015"));
        assertEquals(PartialDate.ofMonth(2015, 3), Proposals.date("mars 2015"));
        assertEquals(PartialDate.ofDay(2015, 3, 4), Proposals.date("4\u00A0mars\u00A02015"));
        assertNull(Proposals.date("2015"));
        assertNull(Proposals.date("31 février 2015"));
        ImportDraft yearOnly = assertDraft("Rapport annuel\n\n2015\n\nLe Conseil de sécurité a tenu une séance.");
        assertNull(yearOnly.date());
        assertTrue(yearOnly.unread().contains(ImportDraft.Field.DATE));
    }

    @Test
    void symbolsAndKinds() throws Exception {
        assertEquals("S/RES/2100 (2013)", Proposals.symbol(List.of("Résolution 2100 (2013)", "S/RES/2100 (2013)")));
        assertEquals("S/2023/123", Proposals.symbol(List.of("Lettre", "S/2023/123 du 4 mars")));
        assertEquals("SC/11809", Proposals.symbol(List.of("Press release SC/11809.")));
        assertNull(Proposals.symbol(List.of("AS/2015/5x and XSC/12")));
        assertEquals(DocumentKind.RESOLUTION, assertDraft("Résolution 2100 (2013)\n\nS/RES/2100 (2013)\n\n"
                + "Le Conseil de sécurité décide de créer la Mission.").kind());
        assertEquals(DocumentKind.PRESS_STATEMENT, assertDraft("Déclaration à la presse du Conseil de sécurité sur le Mali\n\n"
                + "Les membres du Conseil ont salué l’accord.").kind());
        ImportDraft none = assertDraft("Résolution des conflits au Sahel\n\nUn texte sur la médiation et la paix dans le Nord.");
        assertNull(none.kind(), "Résolution without an S/RES symbol names no kind");
        assertTrue(none.unread().contains(ImportDraft.Field.KIND));
    }

    @Test
    void theLanguageIsLeftOpenWhenUnsure() throws Exception {
        assertEquals("fr", assertDraft("Le Conseil de sécurité salue la mise en œuvre de l’accord et les efforts des parties.").language());
        assertEquals("en", assertDraft("The Council welcomed the agreement and the efforts of the parties in the north.").language());
        ImportDraft unsure = assertDraft("MINUSMA S/2015/5 Bamako Gao Kidal");
        assertNull(unsure.language());
        assertTrue(unsure.unread().contains(ImportDraft.Field.LANGUAGE));
    }

    private static ImportDraft assertDraft(String text) {
        try {
            return DocumentImporter.fromText(text, "test");
        } catch (ImportFailure e) {
            throw new AssertionError(e);
        }
    }
}
