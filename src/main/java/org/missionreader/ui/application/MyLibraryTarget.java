package org.missionreader.ui.application;

import java.nio.file.Path;
import java.util.Objects;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.mylibrary.MyLibrary;

/**
 * The reader's own library file ({@code my-library.json}, docs/my-library.md) as the window's
 * {@link ImportTarget}: each change is {@link MyLibrary}'s (read under its lock, checked by the loader against
 * the library the window gives, written atomically), run on the job's thread that calls it.
 */
public final class MyLibraryTarget implements ImportTarget {

    private final Path file;
    private final String origin;

    public MyLibraryTarget(Path file) {
        this.file = Objects.requireNonNull(file);
        this.origin = file.getFileName() == null ? ORIGIN : file.getFileName().toString();
    }

    /** The file changed. */
    public Path file() {
        return file;
    }

    @Override
    public String origin() {
        return origin;
    }

    private MyLibrary over(Library known) {
        return new MyLibrary(file, known);
    }

    @Override
    public Library add(Library known, Document doc, Mission newMission) throws Exception {
        return over(known).add(doc, newMission);
    }

    @Override
    public Library replace(Library known, Document doc) throws Exception {
        return over(known).replace(doc);
    }

    @Override
    public Library remove(Library known, String documentId) throws Exception {
        return over(known).remove(documentId);
    }

    @Override
    public Library addEvent(Library known, TimelineEvent event) throws Exception {
        return over(known).addEvent(event);
    }
}
