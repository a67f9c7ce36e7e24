package org.missionreader.ui.application;

import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;

/**
 * Where imported documents go: the reader's own library. Each change returns that library as it now is,
 * and throws (with a message for the reader) when it is refused, for instance when what it would write
 * would not load; nothing is changed then.
 * <p>
 * A change may read, check and write a file under a lock: the window never calls it on the JavaFX thread,
 * but in a {@link Job.Kind#SAVE_IMPORT} job, and hands its result back to the JavaFX thread itself. Each change
 * is given {@code known}, the library it may lean on (name the missions and documents of, and not take the ids
 * of): the bundled library as the window holds it, taken on the JavaFX thread before the job starts.
 */
public interface ImportTarget {

    /** The name the reader's own library is shown by among the open libraries, by default. */
    String ORIGIN = "my-library.json";

    /** The name this library is shown by among the open libraries: its file's name. */
    default String origin() {
        return ORIGIN;
    }

    /** Adds a document, and {@code newMission} with it when it is not null (the document's mission). */
    Library add(Library known, Document doc, Mission newMission) throws Exception;

    /** Puts the document in place of the one of the same id. */
    Library replace(Library known, Document doc) throws Exception;

    /** Takes the document of that id out. */
    Library remove(Library known, String documentId) throws Exception;

    /** Adds a timeline event (one without an id is given one). */
    Library addEvent(Library known, TimelineEvent event) throws Exception;
}
