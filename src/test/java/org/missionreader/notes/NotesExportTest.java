package org.missionreader.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.cite.CitationFormat;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;

class NotesExportTest {

    static final String PRESS = "minusma-press-elements-2015-03-04";
    static final String CLOSURE = "minusma-closure-notice";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    static Library library;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().loadBundled().library();
    }

    /** A highlight of the quote where it is in that paragraph (0-based) of the bundled document. */
    static Note highlight(String id, String documentId, int paragraph, String quote, String text) {
        String p = library.document(documentId).orElseThrow().paragraphs().get(paragraph);
        int at = p.indexOf(quote);
        assertTrue(at >= 0, quote);
        return new Note(id, new Anchor(documentId, paragraph, at, at + quote.length(), quote), NoteColour.YELLOW, text, T, T);
    }

    static Notebook sample() {
        return new Notebook(List.of(
                highlight("n2", PRESS, 2, "l’Algérie", "Le rôle de la médiation *algérienne*."),
                highlight("n1", PRESS, 1, "une étape importante", "À comparer avec la déclaration de juin."),
                highlight("n3", CLOSURE, 0, "Résolution 2690", ""),
                new Note("n4", new Anchor("withdrawn-document", 0, 0, 5, "Texte"), NoteColour.PINK, "gone", T, T)),
                List.of());
    }

    @Test
    void markdownGoesByMissionAndDocumentWithQuoteParagraphNoteAndCitation() {
        String md = NotesExport.markdown(sample(), library, Locale.ENGLISH, TODAY);
        Document press = library.document(PRESS).orElseThrow();
        assertTrue(md.startsWith("# Notes from Mission Reader\n\n## MINUSMA"), md);
        assertTrue(md.contains("### " + press.title() + "\n\n> une étape importante\n\n§\u00A02\n\nÀ comparer avec la déclaration de juin.\n\n"
                + "> l’Algérie\n\n§\u00A03\n\nLe rôle de la médiation \\*algérienne\\*.\n\n"), md);
        String citation = CitationFormat.TEXT.format(press, library, Locale.ENGLISH, TODAY);
        assertTrue(md.contains("Citation: " + citation), md);
        assertTrue(md.indexOf(PRESS.isEmpty() ? "" : press.title()) < md.indexOf("> Résolution 2690"), "documents in date order");
        assertTrue(md.contains("## Documents no longer in the library\n\n### Document withdrawn-document\n\n> Texte\n\n§\u00A01 (this quote is no longer found in the document)\n\ngone"), md);
    }

    @Test
    void markdownIsInTheReadersLanguage() {
        String md = NotesExport.markdown(sample(), library, Locale.FRENCH, TODAY);
        assertTrue(md.startsWith("# Notes de Mission Reader"), md);
        assertTrue(md.contains("Citation\u00A0: " + CitationFormat.TEXT.format(library.document(PRESS).orElseThrow(), library, Locale.FRENCH, TODAY)), md);
        assertTrue(md.contains("Documents qui ne sont plus dans la bibliothèque"), md);
        assertTrue(md.contains("(ce passage ne se trouve plus dans le document)"), md);
    }

    @Test
    void anEmptyNotebookSaysSo() {
        assertEquals("# Notes from Mission Reader\n\nNo notes yet.\n", NotesExport.markdown(Notebook.empty(), library, Locale.ENGLISH, TODAY));
    }

    @Test
    void markdownMarkupInTheTextIsEscaped() {
        assertEquals("\\*a\\* \\_b\\_ \\[c\\] \\<d\\> \\#", NotesExport.escape("*a* _b_ [c] <d> #"));
        assertEquals("\\- a list?", NotesExport.escape("- a list?"));
        assertEquals("2100\\. resolution", NotesExport.escape("2100. resolution"));
        assertEquals("résolution 2100. Fin", NotesExport.escape("résolution 2100. Fin"));
    }

    @Test
    void jsonIsTheNotesFilesFormat() throws IOException {
        Path out = dir.resolve("export.JSON");
        NotesExport.write(sample(), library, Locale.ENGLISH, TODAY, out);
        NotesJson.Read read = NotesJson.read(Files.readAllBytes(out));
        assertEquals(sample(), read.notebook());
        assertTrue(read.unusable().isEmpty());
    }

    @Test
    void theFormatFollowsTheExtension() throws IOException {
        assertEquals(NotesExport.Format.JSON, NotesExport.Format.of(Path.of("a/notes.json")));
        assertEquals(NotesExport.Format.MARKDOWN, NotesExport.Format.of(Path.of("notes.md")));
        assertEquals(NotesExport.Format.MARKDOWN, NotesExport.Format.of(Path.of("notes")));
        Path md = dir.resolve("notes.md");
        NotesExport.write(sample(), library, Locale.ENGLISH, TODAY, md);
        assertEquals(NotesExport.markdown(sample(), library, Locale.ENGLISH, TODAY), Files.readString(md, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("notes.md"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void aFolderThatDoesNotExistFailsAndLeavesNothing() {
        Path out = dir.resolve("absent/notes.md");
        assertThrows(IOException.class, () -> NotesExport.write(sample(), library, Locale.ENGLISH, TODAY, out));
        assertFalse(Files.exists(dir.resolve("absent")));
    }
}
