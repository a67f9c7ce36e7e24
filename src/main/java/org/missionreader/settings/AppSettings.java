package org.missionreader.settings;

import java.util.List;

/**
 * What the reader remembers between sessions: the window's place, the interface language (null: the
 * system's), the last mission and document (null: none), the scroll position in that document (0 to 1),
 * the reading settings, the recently opened library files, newest first, and whether the window was in
 * focus mode (the reader alone, without the side panes and the timeline).
 */
public record AppSettings(WindowPlace window, String language, String missionId, String documentId,
                          double scroll, ReadingSettings reading, List<String> recentFiles, boolean focusMode) {

    /** How many recent files the File menu lists. */
    public static final int MAX_RECENT = 8;

    public AppSettings {
        if (reading == null) reading = ReadingSettings.defaults();
        recentFiles = recentFiles == null ? List.of()
                : List.copyOf(recentFiles.stream().filter(f -> f != null && !f.isBlank()).distinct().limit(MAX_RECENT).toList());
        if (!(scroll >= 0)) scroll = 0;
        if (scroll > 1) scroll = 1;
    }

    /** Settings out of focus mode. */
    public AppSettings(WindowPlace window, String language, String missionId, String documentId,
                       double scroll, ReadingSettings reading, List<String> recentFiles) {
        this(window, language, missionId, documentId, scroll, reading, recentFiles, false);
    }

    public AppSettings withFocusMode(boolean focus) {
        return new AppSettings(window, language, missionId, documentId, scroll, reading, recentFiles, focus);
    }

    public static AppSettings defaults() {
        return new AppSettings(null, null, null, null, 0, ReadingSettings.defaults(), List.of());
    }

    public AppSettings withRecentFile(String path) {
        List<String> files = new java.util.ArrayList<>();
        files.add(path);
        recentFiles.stream().filter(f -> !f.equals(path)).forEach(files::add);
        return new AppSettings(window, language, missionId, documentId, scroll, reading, files, focusMode);
    }
}
