package org.missionreader.library;

/** How much of a date is known: the year only, the month, or the day. */
public enum Precision {
    YEAR, MONTH, DAY
}
