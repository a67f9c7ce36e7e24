package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's window-less commands: what they print, where, and the exit code. */
class CommandLineTest {

    /** FILE:LINE:COLUMN: message, the form editors and CI annotators read. */
    private static final Pattern DIAGNOSTIC = Pattern.compile("(.+):(\\d+):(\\d+): (\\S.*)");

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    private record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }
    }

    private static Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new CommandLine(locale, "1.2.3").run(CommandLine.parse(args), o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Run run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A library whose only mission has two problems, both on line 4. */
    private static final String TWO_PROBLEMS = """
            {
              "schemaVersion": 1,
              "missions": [
                {"id": "m1", "acronym": "M1", "name": {"en": "N"}, "country": {"en": "C"}, "start": "2013-02-30",
                 "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "s"}]}
              ]
            }
            """;

    @Test
    void validateFileWithProblemsExitsOneAndPrintsEachProblemAsFileLineColumn() throws IOException {
        Path file = write("broken.json", TWO_PROBLEMS);
        Run run = run("--validate", file.toString());
        assertEquals(1, run.code());
        // Line 4: `    {"id": "m1", "acronym": "M1", ...`: the acronym value at column 29, the start at column 89.
        assertEquals(List.of(
                file + ":4:29: $.missions[0].acronym: expected an object, found a text",
                file + ":4:89: $.missions[0].start: \"2013-02-30\" is not a real date"), run.errLines());
        for (String line : run.errLines()) {
            Matcher m = DIAGNOSTIC.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals(file.toString(), m.group(1));
        }
    }

    @Test
    void validateFileWithProblemsCountsThemOnStandardOutput() throws IOException {
        Run run = run("--validate", write("broken.json", TWO_PROBLEMS).toString());
        assertEquals(List.of("2 errors, no warning (links checked against the bundled library too)"), run.outLines());
    }

    @Test
    void validateNamesEachFileInItsProblems() throws IOException {
        Path empty = write("empty.json", "");
        Path broken = write("broken.json", "{\"schemaVersion\": 2}");
        Run run = run("--validate", empty.toString(), broken.toString());
        assertEquals(1, run.code());
        assertEquals(List.of(
                empty + ":1:1: the file is empty: a library file holds one JSON object",
                broken + ":1:19: $.schemaVersion: schema version 2 is not supported: this reader reads version 1"),
                run.errLines());
    }

    @Test
    void validateMissingFileIsAProblemNotACrash() {
        Path missing = dir.resolve("nowhere.json");
        Run run = run("--validate", missing.toString());
        assertEquals(1, run.code());
        assertEquals(List.of(missing + ":1:1: cannot read the file (no such file)"), run.errLines());
    }

    @Test
    void validateKeepsOneProblemPerLineWhateverTheValues() throws IOException {
        // A start date holding an escaped line feed, then something that looks like another diagnostic.
        String json = TWO_PROBLEMS.replace("\"acronym\": \"M1\"", "\"acronym\": {\"en\": \"M1\"}")
                .replace("\"2013-02-30\"", "\"2013-02-30\\nfake.json:1:1: all is well\"");
        Path file = write("sneaky.json", json);
        Run run = run("--validate", file.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith(file + ":4:"), run.err());
    }

    @Test
    void validateBundledLibraryExitsZeroWithAOneLineSummary() {
        Run run = run("--validate", "assets/library.json");
        assertEquals("", run.err());
        assertEquals(0, run.code());
        assertEquals(List.of("1 file valid: 8 missions, 2 documents, 27 events (links checked against the bundled library too)"), run.outLines());
    }

    @Test
    void validateSummaryIsTranslated() {
        Run run = run(Locale.FRENCH, "--validate", "assets/library.json");
        assertEquals(0, run.code());
        assertEquals(List.of("1 fichier valide\u00A0: 8 missions, 2 documents, 27 événements (liens vérifiés aussi avec la bibliothèque intégrée)"), run.outLines());
    }

    @Test
    void helpExitsZeroAndShowsTheOptions() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Mission Reader 1.2.3:"), run.out());
        assertTrue(run.out().contains("--validate"), run.out());
        assertEquals(0, run("-h").code());
    }

    @Test
    void versionExitsZeroAndPrintsTheVersion() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertEquals(List.of("Mission Reader 1.2.3"), run.outLines());
        assertEquals(0, run("-V").code());
    }

    @Test
    void unknownOptionExitsTwoAndSaysWhich() {
        Run run = run("--frobnicate");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--frobnicate"), run.err());
        assertTrue(run.err().contains("--help"), run.err());
    }

    @Test
    void theSyntheticLibraryGeneratorIsNotAnOptionOfTheApp() {
        // It is test and benchmark code (bench/generate-library.sh), not shipped.
        Run run = run("--generate-library", "1", "10", "5", "out.json");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--generate-library"), run.err());
        assertFalse(run("--help").out().contains("--generate-library"));
        assertFalse(run(Locale.FRENCH, "--help").out().contains("--generate-library"));
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("out.json")));
    }

    @Test
    void validateWithoutFileExitsTwo() {
        Run run = run("--validate");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--validate"), run.err());
    }

    @Test
    void aPlainFileArgumentOpensTheWindowOnThatLibrary() {
        CommandLine.Parsed parsed = CommandLine.parse(new String[] {"my-library.json"});
        assertEquals(CommandLine.Action.WINDOW, parsed.action());
        assertEquals(List.of("my-library.json"), parsed.files());
        // Several files open together, in order (issue 15); an option among them is still an error.
        assertEquals(CommandLine.Action.WINDOW, CommandLine.parse(new String[] {"a.json", "b.json"}).action());
        assertEquals(List.of("a.json", "b.json"), CommandLine.parse(new String[] {"a.json", "b.json"}).files());
        assertEquals(CommandLine.Action.USAGE_ERROR, CommandLine.parse(new String[] {"a.json", "--frobnicate"}).action());
    }

    @Test
    void noArgumentsAskForTheWindow() {
        assertEquals(CommandLine.Action.WINDOW, CommandLine.parse(new String[0]).action());
        assertEquals(List.of("a.json", "b.json"), CommandLine.parse(new String[] {"--validate", "a.json", "b.json"}).files());
    }

    @Test
    void printTakesADocumentAndMaybeAPrinter() {
        CommandLine.Parsed onDefault = CommandLine.parse(new String[] {"--print", "minusma-closure-notice"});
        assertEquals(CommandLine.Action.PRINT, onDefault.action());
        assertEquals(List.of("minusma-closure-notice"), onDefault.files());
        CommandLine.Parsed named = CommandLine.parse(new String[] {"--print", "minusma-closure-notice", "Office"});
        assertEquals(List.of("minusma-closure-notice", "Office"), named.files());
    }

    @Test
    void printWithoutADocumentOrWithTooMuchIsAUsageErrorInBothLanguages() {
        for (String[] args : List.of(new String[] {"--print"}, new String[] {"--print", "a", "b", "c"})) {
            Run run = run(args);
            assertEquals(2, run.code());
            assertTrue(run.err().contains("mission-reader --print DOCUMENT_ID [PRINTER]"), run.err());
        }
        Run french = run(Locale.FRENCH, "--print");
        assertTrue(french.err().contains("mission-reader --print IDENTIFIANT [IMPRIMANTE]"), french.err());
    }

    @Test
    void helpNamesThePrintOption() {
        assertTrue(run("--help").out().contains("--print DOCUMENT_ID [PRINTER]"));
        assertTrue(run(Locale.FRENCH, "--help").out().contains("--print IDENTIFIANT [IMPRIMANTE]"));
    }

    @Test
    void validateOfAFifoIsRefusedAtOnceRatherThanWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("tube.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> run(Locale.FRENCH, "--validate", fifo.toString()));
        assertEquals(1, run.code());
        assertEquals(List.of(fifo + ":1:1: ceci est un tube nommé (FIFO), pas un fichier\u00A0: seul un fichier de bibliothèque"
                + " peut être lu, et celui-ci n’a pas été ouvert"), run.errLines());
    }

    @Test
    void validatePrintsTheFirstThousandProblemsOfAFileThenHowManyMore() throws IOException {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"missions\": [");
        for (int i = 0; i < 2500; i++) json.append("1,");
        json.append("1]}");
        Path file = write("many.json", json.toString());
        Run run = run("--validate", file.toString());
        assertEquals(1, run.code());
        List<String> lines = run.errLines();
        assertEquals(1001, lines.size());
        assertTrue(DIAGNOSTIC.matcher(lines.get(999)).matches(), lines.get(999));
        assertEquals("and 1,501 more problems in " + file, lines.get(1000));
        assertEquals(List.of("2,501 errors, no warning (links checked against the bundled library too)"), run.outLines());
    }
}
