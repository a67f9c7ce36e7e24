package org.missionreader.importer;

import java.nio.file.Path;

/** A file that cannot be imported: which, and why ({@link Why}; the message gives the detail in English). */
public final class ImportFailure extends Exception {

    public enum Why { NOT_FOUND, UNREADABLE, TOO_LARGE, UNSUPPORTED, NOT_TEXT, ENCRYPTED, NO_TEXT_LAYER, DAMAGED, EMPTY }

    private final Why why;
    private final Path file;

    public ImportFailure(Why why, Path file, String detail) {
        super(detail);
        this.why = why;
        this.file = file;
    }

    public Why why() {
        return why;
    }

    /** The file, or null for pasted text. */
    public Path file() {
        return file;
    }
}
