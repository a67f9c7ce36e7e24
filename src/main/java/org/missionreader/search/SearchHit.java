package org.missionreader.search;

import java.util.List;

/**
 * One search result. {@code kind} says where it was found: a paragraph of a document ({@code paragraphIndex}
 * says which), the document's title, its byline (speaker and role), its record details (mission, kind, date,
 * symbol), or a timeline event's title and place. For every kind but {@link Kind#EVENT} {@code documentId}
 * is the document and {@code eventId} is null; for an event {@code eventId} is set and {@code documentId} is
 * the event's first linked document, or null. {@code paragraphIndex} is -1 except for paragraphs.
 * {@code snippet} is an exact substring of the text found in starting at {@code snippetStart}; the hits are
 * given within the snippet and within the whole text ({@code textLength} long), accents and all.
 */
public record SearchHit(Kind kind, String documentId, String eventId, String missionId, int paragraphIndex,
                        float score, String snippet, int snippetStart, List<Span> snippetSpans,
                        List<Span> textSpans, int textLength) {

    /** What the hit was found in. */
    public enum Kind { PARAGRAPH, TITLE, BYLINE, DETAILS, EVENT }

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
