package org.missionreader.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a library's advice to developers off the reader's terminal: Lucene 9 tells every start on Java 23
 * or later to update it for the Vector API, which only vector search uses, and the app has none. Its
 * warnings and errors still show.
 */
final class QuietLibraries {

    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private QuietLibraries() {
    }

    static void apply() {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }
}
