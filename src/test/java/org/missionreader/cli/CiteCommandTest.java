package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code --cite DOCUMENT_ID [--format F]} on the bundled library. */
class CiteCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(locale, "test").run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachFormatIsPrintedForTheDocument() {
        String id = "minusma-press-elements-2015-03-04";
        Run text = run(Locale.FRENCH, "--cite", id);
        assertEquals(0, text.code());
        assertTrue(text.out().startsWith("François Delattre, "), text.out());
        assertTrue(text.out().contains("Consulté le "), text.out());
        Run bib = run(Locale.ENGLISH, "--cite", id, "--format", "bibtex");
        assertTrue(bib.out().startsWith("@report{" + id + ",\n"), bib.out());
        assertTrue(bib.out().contains("urldate = {" + LocalDate.now() + "}"), bib.out());
        assertTrue(run(Locale.ENGLISH, "--cite", id, "--format", "ris").out().startsWith("TY  - RPRT\r\n"));
        assertTrue(run(Locale.ENGLISH, "--cite", id, "--format", "csl-json").out().startsWith("[ {"));
        assertEquals("", bib.err());
    }

    @Test
    void anUnknownDocumentOrFormatIsSaid() {
        Run unknown = run(Locale.ENGLISH, "--cite", "no-such-document");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("minusma-closure-notice"), unknown.err());
        Run format = run(Locale.ENGLISH, "--cite", "minusma-closure-notice", "--format", "endnote");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format text|bibtex|ris|csl-json"), format.err());
        assertEquals(2, run(Locale.ENGLISH, "--cite").code());
        assertTrue(run(Locale.ENGLISH, "--help").out().contains("--cite DOCUMENT_ID"));
    }
}
