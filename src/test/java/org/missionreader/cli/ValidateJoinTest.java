package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --validate FILE...}: links to the bundled library and to earlier files join; {@code --alone} checks a file by itself. */
class ValidateJoinTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(Locale.ENGLISH, "test").run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A file of one document of MINUSMA (bundled) and one event linking it and the bundled press elements. */
    static final String JOINS_MINUSMA = """
            {
              "schemaVersion": 1,
              "missions": [],
              "documents": [
                { "id": "extra-report", "mission": "minusma", "kind": "report", "title": "Rapport", "language": "fr",
                  "paragraphs": ["Texte."], "source": { "name": "test" } }
              ],
              "events": [
                { "id": "extra-event", "mission": "minusma", "date": "2016-01-01", "title": { "fr": "É", "en": "E" },
                  "documents": ["extra-report", "minusma-press-elements-2015-03-04"], "sources": [ { "name": "test" } ] }
              ]
            }
            """;

    /** A second file whose event names the first file's document. */
    static final String JOINS_THE_FIRST = """
            {
              "schemaVersion": 1,
              "missions": [],
              "events": [
                { "id": "later-event", "mission": "minusma", "date": "2016-02-01", "title": { "fr": "F", "en": "F" },
                  "documents": ["extra-report"], "sources": [ { "name": "test" } ] }
              ]
            }
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void itemsNamingTheBundledMissionJoinIt() throws IOException {
        Path file = write("extra.json", JOINS_MINUSMA);
        Run run = run("--validate", file.toString());
        assertEquals("", run.err());
        assertEquals(0, run.code());
        assertEquals("1 file valid: no mission, 1 document, 1 event (links checked against the bundled library too)\n", run.out());
    }

    @Test
    void aloneTheSameFileNamesAMissionThatIsNowhere() throws IOException {
        Path file = write("extra.json", JOINS_MINUSMA);
        Run run = run("--validate", "--alone", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("$.documents[0].mission: there is no mission with the id"), run.err());
        assertTrue(run.err().contains("minusma-press-elements-2015-03-04"), run.err());
        assertTrue(run.out().endsWith("(each file checked alone)\n"), run.out());
    }

    @Test
    void aLaterFileMayNameWhatAnEarlierOneHolds() throws IOException {
        Path first = write("first.json", JOINS_MINUSMA);
        Path second = write("second.json", JOINS_THE_FIRST);
        Run together = run("--validate", first.toString(), second.toString());
        assertEquals("", together.err());
        assertEquals(0, together.code());
        assertTrue(together.out().startsWith("2 files valid"), together.out());
        // In the other order the second file's link is to a document not yet open.
        Run reversed = run("--validate", second.toString(), first.toString());
        assertEquals(1, reversed.code());
        assertTrue(reversed.err().contains("extra-report"), reversed.err());
    }

    /** A title holding a right-to-left override (U+202E), which the loader removes. */
    static final String CLEANED = """
            {
              "schemaVersion": 1,
              "missions": [],
              "documents": [
                { "id": "cleaned", "mission": "minusma", "kind": "report", "title": "Rapport \\u202Eannuel", "language": "fr",
                  "paragraphs": ["Texte."], "source": { "name": "test" } }
              ]
            }
            """;

    @Test
    void textTheLoaderCleansIsAWarningNotAnError() throws IOException {
        Path file = write("cleaned.json", CLEANED);
        Run run = run("--validate", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().startsWith(file + ":5:73: warning: "), run.err());
        assertTrue(run.err().contains(": warning: $.documents[0].title: the invisible control character U+202E"), run.err());
        assertEquals("1 file valid: no mission, 1 document, no event, 1 warning (links checked against the bundled library too)\n",
                run.out());

        Run strict = run("--validate", "--strict", file.toString());
        assertEquals(1, strict.code());
        assertEquals("no error, 1 warning (links checked against the bundled library too)\n", strict.out());

        // An error beside the warning: exit 1 whatever, both counted apart.
        Run both = run("--validate", "--alone", file.toString());
        assertEquals(1, both.code());
        assertEquals("1 error, 1 warning (each file checked alone)\n", both.out());
    }
}
