package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.PartialDate;

/** {@code --import FILE [options] OUT.json}: a one-document library written, or the document added, checked first. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path text;
    private Path out;
    private static final String MISSION = "minusma";

    private record Run(int code, String out, String err) {
    }

    private static Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(locale, "test").run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void files() throws Exception {
        text = dir.resolve("statement.txt");
        Files.writeString(text, "Les membres du Conseil l’ont dit\u00a0: « paix ».\n\nSecond paragraphe, avec l’œuvre.\n");
        out = dir.resolve("out.json");
    }

    private Run importIt(Locale locale, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--import", text.toString(), "--mission", MISSION,
                "--kind", "press-statement", "--title", "Déclaration à la presse", "--language", "fr"));
        args.addAll(List.of(extra));
        args.add(out.toString());
        return run(locale, args.toArray(String[]::new));
    }

    private LoadResult loadOut() {
        return new LibraryLoader().load(out, org.missionreader.library.LoadMonitor.NONE, new LibraryLoader().loadBundled().library());
    }

    @Test
    void writesAOneDocumentLibraryThatLoadsAndSaysWhatItCouldNotRead() {
        Run r = importIt(Locale.ENGLISH, "--date", "2015-03");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        LoadResult loaded = loadOut();
        assertEquals(List.of(), loaded.problems());
        Document d = loaded.library().documents().get(0);
        assertEquals(1, loaded.library().documents().size());
        assertEquals("2015-03-declaration-a-la-presse", d.id());
        assertEquals(MISSION, d.missionId());
        assertEquals(DocumentKind.PRESS_STATEMENT, d.kind());
        assertEquals(PartialDate.ofMonth(2015, 3), d.date());
        assertEquals(List.of("Les membres du Conseil l’ont dit\u00a0: « paix ».", "Second paragraphe, avec l’œuvre."), d.paragraphs());
        assertEquals("statement.txt", d.source().name());
        assertTrue(r.out().startsWith("Added “Déclaration à la presse” (id 2015-03-declaration-a-la-presse) to " + out + ": 1 document in the file."), r.out());
        assertTrue(r.out().contains("Could not be read from " + text + ", left empty: ") && r.out().contains("speaker"), r.out());
        assertFalse(r.out().contains("date,") || r.out().contains("mission"), "given on the command line: " + r.out());
    }

    @Test
    void addsToAnExistingFile() {
        assertEquals(0, importIt(Locale.ENGLISH).code());
        Run second = importIt(Locale.FRENCH);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("ajouté à " + out + "\u00a0: 2 documents dans le fichier."), second.out());
        assertTrue(second.out().contains("Non lu dans "), second.out());
        LoadResult loaded = loadOut();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("declaration-a-la-presse", "declaration-a-la-presse-2"),
                loaded.library().documents().stream().map(Document::id).toList());
    }

    @Test
    void aDateThatIsNotADateAnUnknownKindOrMissionAreSaidAndNothingIsWritten() {
        Run date = importIt(Locale.ENGLISH, "--date", "2023-02-30");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("“2023-02-30” is not a date: give it as YYYY, YYYY-MM or YYYY-MM-DD"), date.err());
        Run kind = run(Locale.ENGLISH, "--import", text.toString(), "--kind", "memo", out.toString());
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("“memo” is not a kind of document. Kinds: press-elements, notice,"), kind.err());
        Run mission = run(Locale.FRENCH, "--import", text.toString(), "--mission", "nowhere", out.toString());
        assertEquals(2, mission.code());
        assertTrue(mission.err().contains("«\u00a0nowhere\u00a0»") && mission.err().contains("Missions\u00a0: minusma, "), mission.err());
        Run none = run(Locale.ENGLISH, "--import", text.toString(), out.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("give it with --mission ID. Missions: minusma"), none.err());
        Run language = importIt(Locale.ENGLISH, "--language", "de");
        assertEquals(2, language.code(), "a repeated option is a usage error");
        assertFalse(Files.exists(out));
    }

    @Test
    void whatTheFileDoesNotGiveAndTheFormatNeedsIsAskedFor() throws Exception {
        Run r = run(Locale.ENGLISH, "--import", text.toString(), "--mission", MISSION, "--kind", "other", "--language", "fr", out.toString());
        // The format needs a title and nothing is invented: either the reader found one in the text (the
        // document then has it, as the file gives it), or it is asked for and nothing is written.
        if (r.code() == 0) {
            String title = loadOut().library().documents().get(0).title();
            assertTrue(Files.readString(text).contains(title), title);
        } else {
            assertEquals(2, r.code());
            assertTrue(r.err().contains("could not be read from " + text + ": give it with --title TITLE. Nothing was written."), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aFileThatCannotBeImportedIsSaidWithWhereAndWhy() throws Exception {
        Run missing = run(Locale.ENGLISH, "--import", dir.resolve("gone.txt").toString(), "--mission", MISSION, out.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("Cannot import " + dir.resolve("gone.txt") + ": there is no such file"), missing.err());
        Path doc = Files.writeString(dir.resolve("letter.docx"), "x");
        Run unsupported = run(Locale.FRENCH, "--import", doc.toString(), "--mission", MISSION, out.toString());
        assertEquals(1, unsupported.code());
        assertTrue(unsupported.err().startsWith("Impossible d’importer " + doc + "\u00a0: ce type de fichier ne s’importe pas"), unsupported.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aResultThatWouldNotLoadIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
        // OUT.json holds a broken library: its items would be lost in a rewrite.
        String broken = "{\"schemaVersion\": 1, \"documents\": [{\"id\": \"x\"}]}";
        Files.writeString(out, broken);
        Run r = importIt(Locale.ENGLISH);
        assertEquals(1, r.code());
        assertTrue(r.err().contains(out + ":1:"), r.err());
        assertTrue(r.err().contains("The document was not added to " + out + ": the library would not load"), r.err());
        assertEquals(broken, Files.readString(out));
    }

    @Test
    void aWrongCommandLineGivesTheUsage() {
        for (String[] args : List.of(new String[] {"--import"}, new String[] {"--import", "a.txt"},
                new String[] {"--import", "a.txt", "--colour", "red", "out.json"}, new String[] {"--import", "a.txt", "b.txt", "out.json"},
                new String[] {"--import", "a.txt", "out.json", "--title"})) {
            Run r = run(Locale.ENGLISH, args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("Usage: mission-reader --import FILE"), r.err());
        }
    }
}
