package org.missionreader.notes;

import java.util.Objects;

/**
 * Where a highlight sits: a document, a paragraph of it (0-based, as {@code Document.paragraphs()} counts;
 * the reader shows it as § paragraph+1), the characters {@code [start, end)} of that paragraph, and the text
 * they held when the highlight was made, so that a later edition of the library can find the quote again.
 */
public record Anchor(String documentId, int paragraph, int start, int end, String quote) {
    public Anchor {
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(quote);
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("anchor " + documentId + " ¶" + paragraph + " [" + start + ", " + end + ")");
        }
    }
}
