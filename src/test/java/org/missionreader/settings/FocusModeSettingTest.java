package org.missionreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Focus mode in settings.json: kept, absent in older files, and a bad value falls back alone. */
class FocusModeSettingTest {

    @TempDir
    Path dir;

    @Test
    void focusModeIsSavedAndReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(AppSettings.defaults().withFocusMode(true));
        assertTrue(store.load().settings().focusMode());
        assertTrue(Files.readString(store.file()).contains("\"focusMode\" : true"));
    }

    @Test
    void aFileWrittenBeforeFocusModeLoadsOutOfIt() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"format\": 1, \"language\": \"fr\", \"scroll\": 0.5}");
        SettingsStore.Loaded loaded = store.load();
        assertFalse(loaded.wasSetAside());
        assertFalse(loaded.partlyUsed(), "nothing missing is unusable");
        assertFalse(loaded.settings().focusMode());
        assertEquals("fr", loaded.settings().language());
    }

    @Test
    void aBadValueFallsBackAloneAndIsNamed() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"format\": 1, \"language\": \"fr\", \"focusMode\": \"yes\"}");
        SettingsStore.Loaded loaded = store.load();
        assertFalse(loaded.settings().focusMode());
        assertEquals("fr", loaded.settings().language());
        assertEquals(List.of("focusMode"), loaded.unusable());
    }
}
