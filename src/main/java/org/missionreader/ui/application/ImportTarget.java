package org.missionreader.ui.application;

import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;

/**
 * Where imported documents go: the reader's own library. Each change returns that library as it now is,
 * and throws (with a message for the reader) when it is refused, for instance when what it would write
 * would not load; nothing is changed then.
 */
public interface ImportTarget {

    /** The name the reader's own library is shown by among the open libraries, by default. */
    String ORIGIN = "my-library.json";

    /** The name this library is shown by among the open libraries: its file's name. */
    default String origin() {
        return ORIGIN;
    }

    /** Adds a document, and {@code newMission} with it when it is not null (the document's mission). */
    Library add(Document doc, Mission newMission) throws Exception;

    /** Puts the document in place of the one of the same id. */
    Library replace(Document doc) throws Exception;

    /** Takes the document of that id out. */
    Library remove(String documentId) throws Exception;

    /** Adds a timeline event (one without an id is given one). */
    Library addEvent(TimelineEvent event) throws Exception;
}
