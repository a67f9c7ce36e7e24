package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mission-reader --export-pdf DOCUMENT_ID OUT.pdf, without a window. */
class ExportPdfCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return new CommandLine(locale, "test").run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesThePressElementsAsAPdf() throws Exception {
        Path pdf = dir.resolve("press.pdf");
        assertEquals(0, run(Locale.FRENCH, "--export-pdf", "minusma-press-elements-2015-03-04", pdf.toString()));
        assertEquals(pdf + " écrit (1 page).", out.toString(StandardCharsets.UTF_8).strip());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("l’accord de paix paraphé le 1er mars à Alger"), text);
            assertTrue(text.contains("page 1 sur 1"), text);
        }
    }

    @Test
    void anUnknownDocumentIsNamedWithTheKnownOnesAndExitsOne() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(1, run(Locale.ENGLISH, "--export-pdf", "minusma-press-elements-2015-03-05", pdf.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("There is no document with the id \"minusma-press-elements-2015-03-05\" in the bundled library."), message);
        assertTrue(message.contains("minusma-press-elements-2015-03-04"), message);
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aFolderThatDoesNotExistIsAPlainMessageAndExitsOne() {
        Path pdf = dir.resolve("missing").resolve("x.pdf");
        assertEquals(1, run(Locale.ENGLISH, "--export-pdf", "minusma-closure-notice", pdf.toString()));
        assertEquals("Cannot write " + pdf + ": the folder " + pdf.getParent() + " does not exist.",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(2, run(Locale.ENGLISH, "--export-pdf", "minusma-closure-notice"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mission-reader --export-pdf DOCUMENT_ID OUT.pdf"));
    }

    @Test
    void theHelpTellsOfItInBothLanguages() {
        run(Locale.ENGLISH, "--help");
        run(Locale.FRENCH, "--help");
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("mission-reader --export-pdf DOCUMENT_ID OUT.pdf"), help);
        assertTrue(help.contains("mission-reader --export-pdf IDENTIFIANT SORTIE.pdf"), help);
    }

    @Test
    void aDeviceAsTheTargetIsRefusedNotReplaced() {
        assertEquals(1, run(Locale.ENGLISH, "--export-pdf", "minusma-press-elements-2015-03-04", "/dev/full"));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is said to be written");
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Cannot write /dev/full: it is a device"), err.toString(StandardCharsets.UTF_8));
        assertFalse(java.nio.file.Files.isRegularFile(Path.of("/dev/full")));
    }
}
