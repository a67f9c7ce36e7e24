package org.missionreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LibrarySet;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;

/** The file the window opens first, read while the window is built: the same result as the window's own read. */
class PreloadTest {

    private static final Path EXTRA = Path.of("src/test/resources/libraries/extra.json");

    @TempDir
    Path dir;

    /** The window's library once the bundled one is in (as ReaderModel.libraryLoaded makes it). */
    private static Library windowLibrary() {
        return LibrarySet.of(null, Preload.bundledLibrary().library()).library();
    }

    @Test
    void theFirstFileIsReadAgainstTheBundledLibraryAsTheWindowWouldReadIt() {
        Preload.start(EXTRA);
        Library open = windowLibrary();
        Preload.Ahead ahead = Preload.take(Path.of("src/test/resources/../resources/libraries/extra.json"), open);
        assertNotNull(ahead, "the same file, named another way");
        LoadResult read = ahead.await(LoadMonitor.NONE);
        LoadResult own = new LibraryLoader().load(EXTRA, LoadMonitor.NONE, open);
        assertEquals(own.library().missions(), read.library().missions());
        assertEquals(own.library().documents(), read.library().documents());
        assertEquals(own.library().events(), read.library().events());
        assertEquals(own.problems(), read.problems());
        assertNull(Preload.take(EXTRA, open), "taken once");
    }

    @Test
    void anotherFileOrAnotherLibraryIsReadByTheWindow() throws Exception {
        Preload.start(EXTRA);
        assertNull(Preload.take(dir.resolve("other.json"), windowLibrary()));
        // A library other than the bundled one alone (a file was added meanwhile): the window reads the file itself.
        Library more = LibrarySet.of(null, Preload.bundledLibrary().library())
                .add("extra.json", new LibraryLoader().load(EXTRA).library()).set().library();
        assertNull(Preload.take(EXTRA, more));
    }

    @Test
    void onlyARegularJsonFileIsReadAhead() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "{}");
        Preload.start(text);
        assertNull(Preload.take(text, windowLibrary()));
        Preload.start(dir);
        assertNull(Preload.take(dir, windowLibrary()));
    }
}
