package org.missionreader.library;

import java.util.List;
import java.util.Map;

/**
 * Something that happened in a mission's life, with the documents that tell of it and its sources. A link
 * to a document may name the paragraph that tells of the event ({@code paragraphs}: document id to the
 * paragraph's 0-based index; a document absent from it is linked as a whole).
 */
public record TimelineEvent(String id, String missionId, PartialDate date, PartialDate end, LocalizedText title,
                            LocalizedText place, List<String> documentIds, List<Source> sources,
                            Map<String, Integer> paragraphs) {
    public TimelineEvent {
        documentIds = List.copyOf(documentIds);
        sources = List.copyOf(sources);
        paragraphs = paragraphs == null ? Map.of() : Map.copyOf(paragraphs);
    }

    /** An event whose links name no paragraph. */
    public TimelineEvent(String id, String missionId, PartialDate date, PartialDate end, LocalizedText title,
                         LocalizedText place, List<String> documentIds, List<Source> sources) {
        this(id, missionId, date, end, title, place, documentIds, sources, Map.of());
    }

    /** The 0-based paragraph of a linked document that tells of the event, or -1 when the link names none. */
    public int paragraphIn(String documentId) {
        Integer p = paragraphs.get(documentId);
        return p == null ? -1 : p;
    }
}
