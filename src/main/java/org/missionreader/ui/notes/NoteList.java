package org.missionreader.ui.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionreader.i18n.TextFold;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Anchors;
import org.missionreader.notes.Note;
import org.missionreader.notes.Notebook;

/**
 * The notes panel's rows: every note of the notebook grouped by mission, then document (in the library's
 * order, then by date), then in reading order; then, under their own heading, the notes whose quote is
 * found nowhere in their document as the library has it now (or whose document is not open), never dropped.
 */
public final class NoteList {

    /** A row of the panel. */
    public sealed interface Row permits MissionRow, DocumentRow, NoteRow, UnplacedHeading {
    }

    public record MissionRow(Mission mission) implements Row {
    }

    public record DocumentRow(Document document) implements Row {
    }

    /** A note, where it is now ({@code at}; its own anchor when {@code placed} is false), in its document (or null). */
    public record NoteRow(Note note, Anchor at, boolean placed, Document document) implements Row {
    }

    public record UnplacedHeading() implements Row {
    }

    /** A note placed in the library, with what the filter looks in (its quote, text and document's title) folded. */
    record Entry(NoteRow row, String folded) {
    }

    /**
     * The notebook's notes as entries, kept from one call to the next: a note is placed and folded once, and
     * again only when it changes or the library does; the filter then only matches words against the folded
     * texts, so a keystroke in it folds nothing. Used on the JavaFX thread.
     */
    static final class Entries {
        private Library library;
        private Map<Note, Entry> byNote = new HashMap<>();

        /** The entries of every note of the notebook, in its order. */
        List<Entry> of(Notebook notebook, Library library) {
            if (library != this.library) {
                byNote = new HashMap<>();
                this.library = library;
            }
            Map<Note, Entry> kept = new HashMap<>();
            List<Entry> entries = new ArrayList<>(notebook.notes().size());
            for (Note note : notebook.notes()) {
                Entry entry = byNote.get(note);
                if (entry == null) entry = entry(note, library);
                kept.put(note, entry);
                entries.add(entry);
            }
            byNote = kept;
            return entries;
        }
    }

    private NoteList() {
    }

    /** A note placed in the library, its text folded. */
    static Entry entry(Note note, Library library) {
        Optional<Document> doc = library.document(note.documentId());
        Optional<Anchor> at = doc.flatMap(d -> Anchors.place(note.anchor(), d.paragraphs()));
        NoteRow row = new NoteRow(note, at.orElse(note.anchor()), at.isPresent(), doc.orElse(null));
        String title = row.document() == null ? note.documentId() : row.document().title();
        return new Entry(row, TextFold.fold(note.anchor().quote() + " " + note.text() + " " + title));
    }

    /** The rows for a notebook and a library; {@code filter} keeps the notes whose quote, note or title hold its words. */
    static List<Row> rows(Notebook notebook, Library library, String filter) {
        return rows(new Entries().of(notebook, library), library, filter);
    }

    /** The rows for the entries of a library's notes; {@code filter} keeps the notes whose quote, note or title hold its words. */
    static List<Row> rows(List<Entry> entries, Library library, String filter) {
        String[] words = filter == null ? new String[0] : TextFold.fold(filter).trim().split("\\s+");
        Map<String, List<NoteRow>> placedByDocument = new LinkedHashMap<>();
        List<NoteRow> unplaced = new ArrayList<>();
        for (Entry entry : entries) {
            if (!matches(entry.folded(), words)) continue;
            NoteRow row = entry.row();
            if (row.placed()) placedByDocument.computeIfAbsent(row.note().documentId(), k -> new ArrayList<>()).add(row);
            else unplaced.add(row);
        }
        List<Row> rows = new ArrayList<>();
        Comparator<NoteRow> reading = Comparator.comparingInt((NoteRow r) -> r.at().paragraph()).thenComparingInt(r -> r.at().start());
        for (Mission mission : library.missions()) {
            List<Document> docs = library.documentsOf(mission.id()).stream()
                    .filter(d -> placedByDocument.containsKey(d.id()))
                    .sorted(Comparator.comparing(Document::date)).toList();
            if (docs.isEmpty()) continue;
            rows.add(new MissionRow(mission));
            for (Document d : docs) {
                rows.add(new DocumentRow(d));
                rows.addAll(placedByDocument.get(d.id()).stream().sorted(reading).toList());
            }
        }
        if (!unplaced.isEmpty()) {
            rows.add(new UnplacedHeading());
            rows.addAll(unplaced);
        }
        return rows;
    }

    /** Whether a folded text holds every one of the filter's folded words (no words: it does). */
    private static boolean matches(String folded, String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !folded.contains(word)) return false;
        }
        return true;
    }
}
