package org.missionreader.library;

import java.util.List;

/**
 * A text of a mission's record, kept word for word as paragraphs. {@code date}, {@code speaker} and
 * {@code symbol} are null when unknown.
 */
public record Document(String id, String missionId, DocumentKind kind, String title, PartialDate date,
                       Speaker speaker, String language, List<String> paragraphs, Source source, String symbol) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
    }
}
