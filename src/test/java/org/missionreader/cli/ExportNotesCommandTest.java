package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.notes.NotesFile;

class ExportNotesCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(Locale locale, Path data, Path target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new NotesCommand(locale, LocalDate.of(2026, 12, 2), new NotesFile(data)).run(target, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path dataWithANote() throws Exception {
        Path data = dir.resolve("data");
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        String quote = "une étape importante";
        new NotesFile(data).update(n -> n.withNote(new Note("n1", new Anchor("minusma-press-elements-2015-03-04", 1, 0, 0, quote),
                NoteColour.BLUE, "à citer", t, t)));
        return data;
    }

    @Test
    void theOptionIsParsed() {
        assertEquals(new CommandLine.Parsed(CommandLine.Action.EXPORT_NOTES, List.of("out.md"), null),
                CommandLine.parse(new String[] {"--export-notes", "out.md"}));
        for (String[] wrong : List.of(new String[] {"--export-notes"}, new String[] {"--export-notes", "a.md", "b.md"},
                new String[] {"--export-notes", "--help"})) {
            assertEquals(CommandLine.Action.USAGE_ERROR, CommandLine.parse(wrong).action());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(Locale.ENGLISH, "1").run(CommandLine.parse(new String[] {"--export-notes"}),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Usage: mission-reader --export-notes OUT.md"), err.toString());
    }

    @Test
    void writesMarkdownFromTheDataDirectory() throws Exception {
        Path out = dir.resolve("notes.md");
        Run run = run(Locale.ENGLISH, dataWithANote(), out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("1 note from "), run.out());
        String md = Files.readString(out);
        assertTrue(md.contains("> une étape importante\n\n§\u00A02\n\nà citer"), md);
        assertTrue(md.contains("Citation: "), md);
    }

    @Test
    void writesJsonByTheExtension() throws Exception {
        Path out = dir.resolve("notes.json");
        Run run = run(Locale.FRENCH, dataWithANote(), out);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("1 note de "), run.out());
        assertTrue(Files.readString(out).contains("\"schemaVersion\" : 1"), Files.readString(out));
    }

    @Test
    void aWriteFailureSaysWhatAndWhereAndExits1() throws Exception {
        Path out = dir.resolve("no-such-folder/notes.md");
        Run run = run(Locale.ENGLISH, dataWithANote(), out);
        assertEquals(1, run.code());
        assertEquals("Could not write the notes to " + out.toAbsolutePath() + ": its folder does not exist\n", run.err());
        Run fr = run(Locale.FRENCH, dir.resolve("data"), out);
        assertEquals("Impossible d’écrire les notes dans " + out.toAbsolutePath() + "\u00A0: son dossier n’existe pas\n", fr.err());
    }

    @Test
    void aCorruptNotesFileIsSetAsideAndNotExportedAsNone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(data.resolve("notes.json"), "not json");
        Path out = dir.resolve("notes.md");
        Run run = run(Locale.ENGLISH, data, out);
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("The notes file " + data.resolve("notes.json") + " could not be used and was set aside as "), run.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    void noNotesIsAnExportOfNone() {
        Path out = dir.resolve("notes.md");
        Run run = run(Locale.ENGLISH, dir.resolve("empty"), out);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("No note from "), run.out());
    }
}
