package org.missionreader.ui.notes;

import java.util.ArrayList;
import java.util.Comparator;
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

    private NoteList() {
    }

    /** The rows for a notebook and a library; {@code filter} keeps the notes whose quote, note or title hold its words. */
    static List<Row> rows(Notebook notebook, Library library, String filter) {
        Map<String, List<NoteRow>> placedByDocument = new LinkedHashMap<>();
        List<NoteRow> unplaced = new ArrayList<>();
        for (Note note : notebook.notes()) {
            Optional<Document> doc = library.document(note.documentId());
            Optional<Anchor> at = doc.flatMap(d -> Anchors.place(note.anchor(), d.paragraphs()));
            NoteRow row = new NoteRow(note, at.orElse(note.anchor()), at.isPresent(), doc.orElse(null));
            if (!matches(row, filter)) continue;
            if (at.isPresent()) placedByDocument.computeIfAbsent(note.documentId(), k -> new ArrayList<>()).add(row);
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

    /** Whether a note's quote, text or document title holds every word of the filter, case and accents aside. */
    static boolean matches(NoteRow row, String filter) {
        if (filter == null || filter.isBlank()) return true;
        String title = row.document() == null ? row.note().documentId() : row.document().title();
        String text = TextFold.fold(row.note().anchor().quote() + " " + row.note().text() + " " + title);
        for (String word : TextFold.fold(filter).trim().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) return false;
        }
        return true;
    }
}
