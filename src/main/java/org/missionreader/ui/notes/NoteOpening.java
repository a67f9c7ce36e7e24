package org.missionreader.ui.notes;

import java.util.List;
import org.missionreader.library.Document;
import org.missionreader.notes.Anchor;
import org.missionreader.search.Span;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.ReadingSpot;

/** Opens a note's document at its paragraph, the quote marked and in view, as a search result opens. */
final class NoteOpening {

    private NoteOpening() {
    }

    /** Opens the document at the note's place; one that could not be placed opens at its old paragraph, unmarked. */
    static boolean open(ReaderModel model, NoteList.NoteRow row) {
        Document doc = row.document();
        if (doc == null) return false;
        Anchor at = row.at();
        int paragraph = Math.min(at.paragraph(), Math.max(0, doc.paragraphs().size() - 1));
        List<Span> marks = row.placed() ? List.of(new Span(at.start(), at.end())) : List.of();
        model.openAt(doc, new ReadingSpot(doc.id(), paragraph, marks));
        return true;
    }
}
