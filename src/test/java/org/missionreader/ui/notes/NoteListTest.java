package org.missionreader.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.notes.Notebook;

/** The notes panel's rows: each note placed and folded once, the filter matching the folded texts kept. */
class NoteListTest {

    private static final String DOC = "essai-declaration";
    private static final String P0 = "Les membres du Conseil de sécurité ont salué le paraphe de l’accord.";
    private static final String P1 = "Ils ont appelé toutes les parties à signer l’accord sans tarder.";
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private static Library library(String p0) {
        String json = """
                {"schemaVersion": 1,
                 "missions": [{"id": "essai", "acronym": {"fr": "ESSAI", "en": "TRIAL"},
                   "name": {"fr": "Mission d’essai", "en": "Trial mission"}, "country": {"fr": "Ailleurs", "en": "Elsewhere"},
                   "start": "2020-01-01", "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "test data"}]}],
                 "documents": [{"id": "%s", "mission": "essai", "kind": "other", "title": "Déclaration d’Alger",
                   "date": "2020-02-03", "language": "fr", "paragraphs": ["%s", "%s"], "source": {"name": "test data"}}],
                 "events": []}""".formatted(DOC, p0, P1);
        LoadResult result = new LibraryLoader().load("essai.json", json.getBytes(StandardCharsets.UTF_8));
        assertTrue(result.library().document(DOC).isPresent(), result.problems().toString());
        return result.library();
    }

    private static Note note(String id, int paragraph, String in, String quote, String text) {
        int at = in.indexOf(quote);
        return new Note(id, new Anchor(DOC, paragraph, at, at + quote.length(), quote), NoteColour.YELLOW, text, T, T);
    }

    private static List<String> ids(List<NoteList.Row> rows) {
        return rows.stream().filter(r -> r instanceof NoteList.NoteRow).map(r -> ((NoteList.NoteRow) r).note().id()).toList();
    }

    @Test
    void theFilterMatchesQuoteTextAndTitleCaseAndAccentsAside() {
        Library library = library(P0);
        Note council = note("council", 0, P0, "Conseil de sécurité", "à citer");
        Note parties = note("parties", 1, P1, "toutes les parties", "Une ÉTAPE importante");
        List<NoteList.Entry> entries = new NoteList.Entries().of(new Notebook(List.of(council, parties), List.of()), library);
        assertEquals(List.of("council", "parties"), ids(NoteList.rows(entries, library, "  ")));
        assertEquals(List.of("council"), ids(NoteList.rows(entries, library, "SECURITE")), "the quote");
        assertEquals(List.of("parties"), ids(NoteList.rows(entries, library, "etape importante")), "the note's text, every word");
        assertEquals(List.of("council", "parties"), ids(NoteList.rows(entries, library, "alger")), "the document's title");
        assertEquals(List.of(), ids(NoteList.rows(entries, library, "etape citer")));
        assertEquals(NoteList.rows(new Notebook(List.of(council, parties), List.of()), library, "citer"),
                NoteList.rows(entries, library, "citer"), "the same rows as made in one go");
    }

    @Test
    void aNoteIsPlacedAndFoldedOnceAndAgainOnlyWhenItOrTheLibraryChanges() {
        Library library = library(P0);
        Note council = note("council", 0, P0, "Conseil de sécurité", "à citer");
        Note parties = note("parties", 1, P1, "toutes les parties", "");
        NoteList.Entries entries = new NoteList.Entries();
        List<NoteList.Entry> first = entries.of(new Notebook(List.of(council, parties), List.of()), library);

        Note edited = parties.withText("Une étape");
        List<NoteList.Entry> second = entries.of(new Notebook(List.of(council, edited), List.of()), library);
        assertSame(first.get(0), second.get(0), "the note that did not change keeps its entry");
        assertNotSame(first.get(1), second.get(1));
        assertTrue(second.get(1).folded().contains("une etape"), second.get(1).folded());

        // A new edition of the library: every note placed again, in the text as it is now.
        Library edition = library(P0.replace("Conseil de sécurité", "CONSEIL DE SECURITE"));
        List<NoteList.Entry> third = entries.of(new Notebook(List.of(council, edited), List.of()), edition);
        assertNotSame(second.get(0), third.get(0));
        NoteList.NoteRow row = third.get(0).row();
        assertTrue(row.placed());
        assertEquals("CONSEIL DE SECURITE", row.at().quote());
    }
}
