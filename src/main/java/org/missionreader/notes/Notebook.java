package org.missionreader.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Everything the reader made: highlights with their notes, and bookmarks. Immutable; each change gives a new one. */
public record Notebook(List<Note> notes, List<Bookmark> bookmarks) {

    private static final Notebook EMPTY = new Notebook(List.of(), List.of());

    public Notebook {
        notes = List.copyOf(notes);
        bookmarks = List.copyOf(bookmarks);
    }

    public static Notebook empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return notes.isEmpty() && bookmarks.isEmpty();
    }

    /** This notebook with the note added, or put in place of the one with its id. */
    public Notebook withNote(Note note) {
        List<Note> now = new ArrayList<>(notes.size() + 1);
        boolean replaced = false;
        for (Note n : notes) {
            if (n.id().equals(note.id())) {
                now.add(note);
                replaced = true;
            } else {
                now.add(n);
            }
        }
        if (!replaced) now.add(note);
        return new Notebook(now, bookmarks);
    }

    public Notebook withoutNote(String id) {
        return new Notebook(notes.stream().filter(n -> !n.id().equals(id)).toList(), bookmarks);
    }

    public Notebook withBookmark(Bookmark bookmark) {
        List<Bookmark> now = new ArrayList<>(bookmarks.stream().filter(b -> !b.id().equals(bookmark.id())).toList());
        now.add(bookmark);
        return new Notebook(notes, now);
    }

    public Notebook withoutBookmark(String id) {
        return new Notebook(notes, bookmarks.stream().filter(b -> !b.id().equals(id)).toList());
    }

    public List<Note> notesOf(String documentId) {
        return notes.stream().filter(only(documentId, Note::documentId)).toList();
    }

    public List<Bookmark> bookmarksOf(String documentId) {
        return bookmarks.stream().filter(only(documentId, Bookmark::documentId)).toList();
    }

    private static <T> Predicate<T> only(String documentId, java.util.function.Function<T, String> of) {
        Objects.requireNonNull(documentId);
        return t -> documentId.equals(of.apply(t));
    }
}
