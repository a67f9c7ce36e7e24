package org.missionreader.ui.application;

import java.util.List;
import org.missionreader.search.Span;

/** A place in a document to bring into view: a paragraph, and the runs of it to mark (may be empty). */
public record ReadingSpot(String documentId, int paragraph, List<Span> marks) {
    public ReadingSpot {
        marks = List.copyOf(marks);
    }
}
