package org.missionreader.search;

import java.util.List;

/**
 * One search result. For a paragraph of a document, {@code documentId} and {@code paragraphIndex} say where
 * it is and {@code eventId} is null; for a timeline event's title, {@code eventId} is set,
 * {@code paragraphIndex} is -1 and {@code documentId} is the event's first linked document, or null.
 * {@code snippet} is an exact substring of the original text starting at {@code snippetStart}; the hits
 * are given within the snippet and within the whole text (paragraph or title, {@code textLength} long),
 * accents and all.
 */
public record SearchHit(Kind kind, String documentId, String eventId, String missionId, int paragraphIndex,
                        float score, String snippet, int snippetStart, List<Span> snippetSpans,
                        List<Span> textSpans, int textLength) {

    /** What the hit was found in. */
    public enum Kind { PARAGRAPH, EVENT }

    public SearchHit {
        snippetSpans = List.copyOf(snippetSpans);
        textSpans = List.copyOf(textSpans);
    }

    /** True when the snippet stops before the end of the text. */
    public boolean cutAtEnd() {
        return snippetStart + snippet.length() < textLength;
    }

    /** The snippet on one line, as the command line prints it. */
    public String snippetOneLine() {
        return snippet.replaceAll("\\s+", " ").strip();
    }
}
