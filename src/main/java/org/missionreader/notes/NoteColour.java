package org.missionreader.notes;

import java.util.Locale;

/** The colours a highlight can have; {@link #jsonName} is how the notes file writes each. */
public enum NoteColour {
    YELLOW, GREEN, BLUE, PINK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour a notes file names, or null when it names none of these. */
    public static NoteColour fromJson(String name) {
        for (NoteColour c : values()) {
            if (c.jsonName().equals(name)) return c;
        }
        return null;
    }
}
