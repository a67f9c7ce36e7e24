package org.missionreader.ui.printing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.missionreader.library.Document;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Anchors;
import org.missionreader.notes.Note;
import org.missionreader.print.Annotation;

/**
 * The reader's highlights and notes of a document as printing takes them: each placed where its quote is in
 * the document now; numbered in reading order when it has a note; a note whose quote this edition lacks is
 * numbered after them and listed as not found, never left out.
 */
final class PrintedNotes {

    private PrintedNotes() {
    }

    static List<Annotation> of(Document doc, List<Note> notes) {
        record Placed(Note note, Anchor at) {
        }
        List<Placed> placed = new ArrayList<>();
        List<Note> unplaced = new ArrayList<>();
        for (Note note : notes) {
            Optional<Anchor> at = Anchors.place(note.anchor(), doc.paragraphs());
            if (at.isPresent()) placed.add(new Placed(note, at.get()));
            else unplaced.add(note);
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.at().paragraph()).thenComparingInt(p -> p.at().start())
                .thenComparingInt(p -> p.at().end()));
        List<Annotation> annotations = new ArrayList<>();
        int marker = 0;
        for (Placed p : placed) {
            int number = p.note().hasText() ? ++marker : 0;
            annotations.add(new Annotation(p.at().paragraph(), p.at().start(), p.at().end(), number, p.at().quote(),
                    p.note().text()));
        }
        for (Note note : unplaced) {
            annotations.add(new Annotation(-1, 0, 0, ++marker, note.anchor().quote(), note.text()));
        }
        return annotations;
    }
}
