package org.missionreader.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;

/**
 * PDFs this project did not make, generated here from {@link SourceText} by groff (gropdf), by Ghostscript
 * (ps2pdf on groff's PostScript) and by LibreOffice (a flat ODF text converted headless), with a running
 * header and a page-number footer on every page: the import gives the source paragraphs word for word.
 */
class OtherProducersTest {

    @TempDir
    Path dir;

    /** groff input: a header and a footer on every page, no hyphenation, paragraphs on blank lines. */
    private static String troff(List<String> paragraphs) {
        StringBuilder t = new StringBuilder();
        t.append(".pl 7i\n.ll 5.5i\n.nh\n")
                .append(".de hd\n'sp 0.4i\n.tl 'Conseil de sécurité''Essai d’import'\n'sp 0.3i\n..\n")
                .append(".de fo\n'sp 0.2i\n.tl ''page %''\n'bp\n..\n")
                .append(".wh 0 hd\n.wh -0.8i fo\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) t.append("\n");
            String p = paragraphs.get(i);
            if (i == 4) {
                // a line that ends in a hyphen the word does not have: "négo-" + "ciations", which occurs elsewhere
                t.append("Les négo-\n.br\nciations se poursuivent.\n");
            }
            // groff has no no-break space character to put in a PDF's text: its own unbreakable space \~ is a gap
            t.append(p.replace("\\", "\\\\").replace("\u00A0", "\\~").replace("\u202F", "\\~")).append('\n');
        }
        return t.toString();
    }

    private static List<String> expectedWithHyphenCase(List<String> source) {
        List<String> expected = new ArrayList<>(source);
        expected.set(4, "Les négociations se poursuivent. " + source.get(4));
        return expected;
    }

    private void assertImported(Path pdf, List<String> expected, boolean collapseNoBreakSpaces) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(true, doc.getNumberOfPages() >= 2, "the text should run over pages: " + doc.getNumberOfPages());
        }
        ImportDraft draft = DocumentImporter.read(pdf);
        List<String> got = draft.paragraphs();
        // The heading (title, symbol, date line) becomes the draft's fields; the statement's paragraphs follow.
        expected = expected.subList(3, expected.size());
        if (collapseNoBreakSpaces) {
            assertEquals(SourceText.collapseAllSpaces(expected), SourceText.collapseAllSpaces(got));
        } else {
            assertEquals(expected, got.stream().map(s -> s.replaceAll(" +", " ")).toList());
        }
        assertEquals(SourceText.TITLE, SourceText.collapseAllSpaces(draft.title()));
        assertEquals(SourceText.SYMBOL, draft.symbol());
        assertEquals(PartialDate.ofDay(2015, 3, 4), draft.date());
        assertEquals(DocumentKind.PRESS_STATEMENT, draft.kind());
        assertEquals("fr", draft.language());
    }

    @Test
    void groffPdf() throws Exception {
        Tools.require("groff", "groff");
        Tools.require("gropdf", "groff");
        List<String> source = SourceText.paragraphs(9);
        Files.writeString(dir.resolve("s.tr"), troff(source), StandardCharsets.UTF_8);
        Tools.run(dir, "preconv -e utf-8 s.tr | groff -Tpdf > s.pdf");
        // groff sets a no-break space as a fixed gap, not as a character: compared with white space collapsed
        assertImported(dir.resolve("s.pdf"), expectedWithHyphenCase(source), true);
    }

    @Test
    void ghostscriptFromPostScript() throws Exception {
        Tools.require("groff", "groff");
        Tools.require("ps2pdf", "ghostscript");
        List<String> source = SourceText.paragraphs(9);
        Files.writeString(dir.resolve("s.tr"), troff(source), StandardCharsets.UTF_8);
        Tools.run(dir, "preconv -e utf-8 s.tr | groff -Tps > s.ps && ps2pdf s.ps s.pdf");
        // the PostScript is groff's: its no-break spaces are gaps too
        assertImported(dir.resolve("s.pdf"), expectedWithHyphenCase(source), true);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void libreOfficePdf() throws Exception {
        Tools.require("soffice", "libreoffice-writer-nogui");
        List<String> source = SourceText.paragraphs(9);
        StringBuilder body = new StringBuilder();
        for (String p : source) body.append("<text:p text:style-name=\"Body\">").append(xml(p)).append("</text:p>\n");
        String fodt = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:styles>
                  <style:style style:name="Body" style:family="paragraph">
                   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.35cm"/>
                   <style:text-properties fo:font-size="11pt" fo:hyphenate="false"/>
                  </style:style>
                 </office:styles>
                 <office:automatic-styles>
                  <style:page-layout style:name="pm1">
                   <style:page-layout-properties fo:page-width="15cm" fo:page-height="15cm" fo:margin-top="1cm"
                    fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
                   <style:header-style/><style:footer-style/>
                  </style:page-layout>
                 </office:automatic-styles>
                 <office:master-styles>
                  <style:master-page style:name="Standard" style:page-layout-name="pm1">
                   <style:header><text:p>Conseil de sécurité — essai d’import</text:p></style:header>
                   <style:footer><text:p>page <text:page-number text:select-page="current"/></text:p></style:footer>
                  </style:master-page>
                 </office:master-styles>
                 <office:body><office:text>
                """ + body + "</office:text></office:body></office:document>\n";
        Files.writeString(dir.resolve("s.fodt"), fodt, StandardCharsets.UTF_8);
        Tools.run(dir, "HOME=\"$PWD\" soffice --headless --norestore --convert-to pdf s.fodt >/dev/null");
        assertImported(dir.resolve("s.pdf"), source, false);
    }
}
