package org.missionreader.library;

import java.util.List;

/** Something that happened in a mission's life, with the documents that tell of it and its sources. */
public record TimelineEvent(String id, String missionId, PartialDate date, PartialDate end, LocalizedText title,
                            LocalizedText place, List<String> documentIds, List<Source> sources) {
    public TimelineEvent {
        documentIds = List.copyOf(documentIds);
        sources = List.copyOf(sources);
    }
}
