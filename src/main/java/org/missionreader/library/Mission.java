package org.missionreader.library;

import java.util.List;

/**
 * A peacekeeping mission. {@code end} is null while the mission is ongoing; {@code plannedEnd} is a decided
 * but future end; {@code statusAsOf} says when the status was last checked against a source;
 * {@code mandates} are the resolutions that set and renewed its mandate, in date order (may be empty).
 */
public record Mission(String id, LocalizedText acronym, LocalizedText name, LocalizedText country,
                      PartialDate start, PartialDate end, PartialDate plannedEnd,
                      Resolution establishedBy, MissionStatus status, PartialDate statusAsOf,
                      LocalizedText statusNote, List<Source> sources, List<Mandate> mandates) {
    public Mission {
        sources = List.copyOf(sources);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }

    /** A mission whose mandate renewals are not in the library. */
    public Mission(String id, LocalizedText acronym, LocalizedText name, LocalizedText country,
                   PartialDate start, PartialDate end, PartialDate plannedEnd,
                   Resolution establishedBy, MissionStatus status, PartialDate statusAsOf,
                   LocalizedText statusNote, List<Source> sources) {
        this(id, acronym, name, country, start, end, plannedEnd, establishedBy, status, statusAsOf, statusNote,
                sources, List.of());
    }
}
