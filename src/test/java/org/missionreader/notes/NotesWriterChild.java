package org.missionreader.notes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link NotesFileKillTest}: adds notes to a notes file one change at a time, forever, until
 * it is killed. Its notebooks are known in advance ({@link #expected}), so the test can tell that what it
 * finds is one the child wrote.
 */
public final class NotesWriterChild {

    private NotesWriterChild() {
    }

    /** The notebook after {@code count} changes: notes 0 to count-1, every third one with a bookmark too. */
    static Notebook expected(int count) {
        List<Note> notes = new ArrayList<>();
        List<Bookmark> bookmarks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(note(i));
            if (i % 3 == 0) bookmarks.add(bookmark(i));
        }
        return new Notebook(notes, bookmarks);
    }

    static Note note(int i) {
        // Long enough that a write takes more than one block, so a kill can land inside one.
        String text = ("Note " + i + " sur la résolution 2100 — l’accord d’Alger. ").repeat(1 + i % 7);
        return new Note("note-" + i, new Anchor("minusma-press-elements-2015-03-04", i % 5, 0, 10, "quote " + i),
                NoteColour.values()[i % NoteColour.values().length], text, Instant.ofEpochSecond(1_700_000_000L + i),
                Instant.ofEpochSecond(1_700_000_000L + i));
    }

    static Bookmark bookmark(int i) {
        return new Bookmark("bookmark-" + i, "minusma-closure-notice", i % 4, "Paragraphe " + i, Instant.ofEpochSecond(1_700_000_000L + i));
    }

    public static void main(String[] args) throws Exception {
        NotesFile store = new NotesFile(Path.of(args[0]));
        System.out.println("started");
        System.out.flush();
        while (true) {
            store.update(n -> {
                int i = n.notes().size();
                Notebook next = n.withNote(note(i));
                return i % 3 == 0 ? next.withBookmark(bookmark(i)) : next;
            });
        }
    }
}
