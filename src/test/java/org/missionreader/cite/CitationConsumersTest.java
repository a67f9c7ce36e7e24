package org.missionreader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.Library;

/**
 * The citation files read by the tools researchers use: pandoc's citeproc renders the CSL-JSON and the
 * BibTeX of a record to the same reference, and bibutils' ris2xml reads the RIS back with the same fields.
 * CI installs both (.ci/run); on a machine without them the test is skipped, and in CI it fails.
 */
class CitationConsumersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private record Cited(Document doc, Library library) {
    }

    private static final List<Cited> RECORDS = List.of(new Cited(Records.PRESS, Records.BUNDLED),
            new Cited(Records.NOTICE, Records.BUNDLED), new Cited(Records.STATEMENT, Records.WITH_TEST),
            new Cited(Records.LETTER, Records.BUNDLED));

    private static void need(String tool) {
        boolean present = run(List.of("sh", "-c", "command -v " + tool), null).code == 0;
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError(tool + " is missing in CI: .ci/run installs it (pandoc bibutils)");
        }
        Assumptions.assumeTrue(present, tool + " is not installed here (apt-get install pandoc bibutils): skipped");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> command, Path dir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (dir != null) builder.directory(dir.toFile());
            builder.environment().put("LANG", "C.UTF-8");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The reference list pandoc's citeproc makes of a bibliography file, as plain text. */
    private String render(Path bibliography) throws IOException {
        Path text = dir.resolve("cite.md");
        Files.writeString(text, "---\nnocite: '@*'\n---\n", StandardCharsets.UTF_8);
        Result r = run(List.of("pandoc", "--citeproc", "--bibliography", bibliography.toString(), "-t", "plain",
                "--wrap=none", text.toString()), dir);
        assertEquals(0, r.code, r.err);
        return r.out.strip();
    }

    @Test
    void pandocRendersTheCslJsonAndTheBibtexToTheSameReference() throws IOException {
        need("pandoc");
        for (Cited cited : RECORDS) {
            Path json = dir.resolve(cited.doc().id() + ".json");
            Path bib = dir.resolve(cited.doc().id() + ".bib");
            Files.writeString(json, CitationFormat.CSL_JSON.format(cited.doc(), cited.library(), Locale.ENGLISH, TODAY), StandardCharsets.UTF_8);
            Files.writeString(bib, CitationFormat.BIBTEX.format(cited.doc(), cited.library(), Locale.ENGLISH, TODAY), StandardCharsets.UTF_8);
            String fromJson = render(json);
            String fromBib = render(bib);
            assertFalse(fromJson.isEmpty(), cited.doc().id());
            assertEquals(fromJson, fromBib, cited.doc().id());
            // Accents, the title and the year survive, as written.
            assertTrue(fromJson.contains(cited.doc().title().replace("&", "&").substring(0, 12)), fromJson);
            if (cited.doc().date() != null) assertTrue(fromJson.contains(Integer.toString(cited.doc().date().year())), fromJson);
        }
        String press = render(dir.resolve(Records.PRESS.id() + ".json"));
        assertTrue(press.startsWith("François Delattre. 2015."), press);
        assertTrue(press.contains("Eléments à la presse du Président du Conseil de sécurité"), press);
        String letter = render(dir.resolve(Records.LETTER.id() + ".bib"));
        assertTrue(letter.contains("Zoé Ñúñez-Åström"), letter);
        String statement = render(dir.resolve(Records.STATEMENT.id() + ".bib"));
        assertTrue(statement.contains("https://example.org/prst?id=5&lang=en"), statement);
        assertTrue(statement.contains("S/PRST/2016/99"), statement);
        assertTrue(statement.contains("Ségou_Gao"), statement);
    }

    @Test
    void pandocReadsTheBibtexIntoTheSameFieldsAsTheCslJson() throws IOException {
        need("pandoc");
        for (Cited cited : RECORDS) {
            Path bib = dir.resolve(cited.doc().id() + ".bib");
            Files.writeString(bib, CitationFormat.BIBTEX.format(cited.doc(), cited.library(), Locale.ENGLISH, TODAY), StandardCharsets.UTF_8);
            Result r = run(List.of("pandoc", "-f", "biblatex", "-t", "csljson", bib.toString()), dir);
            assertEquals(0, r.code, r.err);
            String ours = CitationFormat.CSL_JSON.format(cited.doc(), cited.library(), Locale.ENGLISH, TODAY);
            for (String field : List.of("title", "genre", "number", "note", "URL")) {
                assertEquals(value(ours, field), value(r.out, field), cited.doc().id() + " " + field);
            }
            assertEquals(ours.contains("\"literal\""), r.out.contains("\"literal\""), cited.doc().id());
            // pandoc gives the language as a full tag ("fr-FR") where the library has "fr".
            assertTrue(value(r.out, "language").startsWith(value(ours, "language")), r.out);
        }
    }

    /** A string field's value in pandoc's or our CSL-JSON, or "" when it is absent. */
    private static String value(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1).replace("<span class=\\\"nocase\\\">", "").replace("</span>", "") : "";
    }

    @Test
    void ris2xmlReadsTheRisBackWithTheSameFields() throws IOException {
        need("ris2xml");
        for (Cited cited : RECORDS) {
            Document doc = cited.doc();
            CitedRecord record = CitedRecord.of(doc, cited.library(), TODAY);
            Path ris = dir.resolve(doc.id() + ".ris");
            Files.writeString(ris, CitationFormat.RIS.format(doc, cited.library(), Locale.ENGLISH, TODAY), StandardCharsets.UTF_8);
            // The names are whole as the library gives them: ris2xml is told not to split them.
            Path asIs = dir.resolve("names.txt");
            Files.writeString(asIs, record.author() == null ? "" : record.author() + "\n", StandardCharsets.UTF_8);
            Result r = run(List.of("ris2xml", "--verbose", "-i", "utf8", "-un", "-as", asIs.toString(), ris.toString()), dir);
            assertEquals(0, r.code, r.err);
            String mods = r.out;
            List<String> expected = new ArrayList<>();
            expected.add("<identifier type=\"citekey\">" + doc.id() + "</identifier>");
            if (record.title() != null) expected.add("<title>" + xml(record.title()) + "</title>");
            if (record.author() != null) expected.add("<namePart>" + xml(record.author()) + "</namePart>");
            if (record.date() != null) {
                expected.add("<dateIssued>" + record.date() + "</dateIssued>");
            } else {
                assertFalse(mods.contains("<dateIssued>2"), doc.id() + ": no date made up\n" + mods);
            }
            if (record.genre() != null) expected.add("<note>" + xml(record.genre()) + "</note>");
            if (record.note() != null) expected.add("<note>" + xml(record.note()));
            if (record.symbol() != null) expected.add("<identifier type=\"serial number\">" + xml(record.symbol()) + "</identifier>");
            if (record.sourceUrl() != null) expected.add("<url>" + xml(record.sourceUrl()) + "</url>");
            if (record.language() != null) expected.add("<languageTerm type=\"text\">" + record.language() + "</languageTerm>");
            for (String element : expected) {
                assertTrue(mods.contains(element), doc.id() + ": " + element + " in\n" + mods + r.err);
            }
            if (record.date() != null && record.date().precision() != org.missionreader.library.Precision.YEAR) {
                // MODS has no element for the day of access: ris2xml keeps it aside, and says it read it.
                assertTrue(r.err.contains("2026/12/02/"), r.err);
            } else {
                // With no month in the issue date, the day of access is in the note, where bibutils keeps it.
                assertTrue(mods.contains("2026-12-02</note>"), mods);
            }
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
