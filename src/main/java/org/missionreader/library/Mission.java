package org.missionreader.library;

import java.util.List;

/**
 * A peacekeeping mission. {@code end} is null while the mission is ongoing; {@code plannedEnd} is a decided
 * but future end; {@code statusAsOf} says when the status was last checked against a source.
 */
public record Mission(String id, LocalizedText acronym, LocalizedText name, LocalizedText country,
                      PartialDate start, PartialDate end, PartialDate plannedEnd,
                      Resolution establishedBy, MissionStatus status, PartialDate statusAsOf,
                      LocalizedText statusNote, List<Source> sources) {
    public Mission {
        sources = List.copyOf(sources);
    }
}
