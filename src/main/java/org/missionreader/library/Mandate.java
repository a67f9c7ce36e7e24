package org.missionreader.library;

/**
 * A Security Council resolution that set or renewed a mission's mandate; the mandate period it opens runs
 * to the next one (or to the mission's end).
 */
public record Mandate(String resolution, PartialDate date, Source source) {
}
