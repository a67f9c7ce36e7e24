package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * mission-reader --print DOCUMENT_ID [PRINTER]: the document printed with no window and no dialog, or a
 * plain message and exit code 1. Runs in the test's toolkit, which the command leaves running; the
 * launcher smoke test (.ci/smoke-launcher.sh) also prints from the built launchers, and gives it an
 * unknown document.
 */
@ExtendWith(ApplicationExtension.class)
class CommandLinePrintTest {

    private static final String PRESS = "minusma-press-elements-2015-03-04";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) {
        // No window: the command opens none.
    }

    private int run(Locale locale, String document, String printer) {
        Library library = new LibraryLoader().loadBundled().library();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new CommandLinePrint(locale, o, e).run(library, library.document(document).orElseThrow(), printer);
        }
    }

    @Test
    void printsTheDocumentOnTheNamedPrinter() throws Exception {
        CupsPdfPrinter cups = CupsPdfPrinter.orSkip();
        Set<Path> before = cups.outputs();
        assertEquals(0, run(Locale.ENGLISH, PRESS, cups.name), err.toString(StandardCharsets.UTF_8));
        assertEquals("Sent \"Eléments à la presse du Président du Conseil de sécurité\" to the printer " + cups.name
                + ": 1 page.", out.toString(StandardCharsets.UTF_8).strip());
        Path printed = cups.awaitNewOutput(before, 90_000).orElseThrow(() -> new AssertionError(
                "CUPS-PDF wrote no PDF in " + cups.outputFolders + " within 90 s"));
        try (PDDocument pdf = Loader.loadPDF(printed.toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), "the press elements fit on one A4 page, as in the PDF export");
        } finally {
            java.nio.file.Files.deleteIfExists(printed);
        }
    }

    @Test
    void anUnknownPrinterIsNamedWithTheKnownOnes() {
        assertEquals(1, run(Locale.FRENCH, PRESS, "Imprimante du couloir"));
        String message = err.toString(StandardCharsets.UTF_8);
        // The printers there are, or (on a machine with none) that there is none: never an empty list.
        String expected = javafx.print.Printer.getAllPrinters().isEmpty()
                ? "Aucune imprimante ne s’appelle «\u202fImprimante du couloir\u202f», et aucune n’est installée"
                : "Aucune imprimante ne s’appelle «\u202fImprimante du couloir\u202f». Imprimantes\u00a0:";
        assertTrue(message.startsWith(expected), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownPrinterNamesThePrintersThereAreOrSaysThereIsNone() {
        assertEquals("There is no printer named \"Lab\". Printers: Office, PDF",
                CommandLinePrint.unknownPrinter(Locale.ENGLISH, "Lab", java.util.List.of("PDF", "Office"), "doc-1"));
        String none = CommandLinePrint.unknownPrinter(Locale.FRENCH, "Lab", java.util.List.of(), "doc-1");
        assertTrue(none.contains("aucune n’est installée") && none.contains("--export-pdf doc-1"), none);
        assertTrue(!none.contains("Imprimantes"), "no empty list of printers: " + none);
    }
}
