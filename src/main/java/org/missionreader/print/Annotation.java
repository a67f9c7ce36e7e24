package org.missionreader.print;

import java.util.Objects;

/**
 * A reader's highlight or note as printing needs it: the paragraph (0-based; -1 when the quote could not be
 * found in this edition of the document), the characters {@code [start, end)} of that paragraph, the number
 * its note carries on the page ({@code marker}, from 1; 0 for a bare highlight, which has no note), the
 * quoted text and the note's text (empty for a bare highlight).
 */
public record Annotation(int paragraph, int start, int end, int marker, String quote, String note) {

    public Annotation {
        Objects.requireNonNull(quote);
        note = note == null ? "" : note;
        if (paragraph >= 0 && (start < 0 || end < start)) {
            throw new IllegalArgumentException("annotation ¶" + paragraph + " [" + start + ", " + end + ")");
        }
    }

    /** Whether it was found in the document: an unplaced note is only listed with the notes, never tinted. */
    public boolean placed() {
        return paragraph >= 0;
    }

    /** Whether it has a note to list at the end (a bare highlight only tints its text). */
    public boolean hasNote() {
        return marker > 0;
    }
}
