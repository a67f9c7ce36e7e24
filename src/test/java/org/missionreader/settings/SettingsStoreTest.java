package org.missionreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private static AppSettings sample() {
        return new AppSettings(new WindowPlace(40, 60.5, 1100, 700, false, 0.2, 0.45, 0.62), "en", "minusma",
                "minusma-press-elements-2015-03-04", 0.42,
                new ReadingSettings(20, ReadingSettings.Typeface.SANS, ReadingSettings.LineWidth.WIDE,
                        ReadingSettings.Theme.DARK),
                List.of("/home/r/libraries/extra.json", "/tmp/é l’autre.json"));
    }

    @Test
    void aMissingFileGivesTheDefaultsQuietly() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("absent")).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertFalse(loaded.wasSetAside());
    }

    @Test
    void whatIsSavedIsReadBackAndNoTemporaryFileIsLeft() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("nested/config"));
        store.save(sample());
        SettingsStore.Loaded loaded = store.load();
        assertEquals(sample(), loaded.settings());
        assertFalse(loaded.wasSetAside());
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertEquals(List.of("settings.json"), files.map(f -> f.getFileName().toString()).toList());
        }
        // A second save replaces the first.
        store.save(sample().withRecentFile("/new.json"));
        assertEquals("/new.json", store.load().settings().recentFiles().get(0));
    }

    @Test
    void aCorruptFileIsSetAsideKeptAndTheDefaultsUsed() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"reading\": {\"fontSize\": 20,", StandardCharsets.UTF_8);
        SettingsStore.Loaded loaded = store.load();
        assertTrue(loaded.wasSetAside());
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertNotNull(loaded.setAside());
        assertTrue(loaded.setAside().getFileName().toString().startsWith("settings.json.corrupt-"));
        assertEquals("{\"reading\": {\"fontSize\": 20,", Files.readString(loaded.setAside()));
        assertFalse(Files.exists(store.file()));
        // The next start is clean.
        assertFalse(store.load().wasSetAside());
    }

    @Test
    void aWellFormedFileOfTheWrongShapeIsSetAsideToo() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        for (String bad : List.of("[1, 2]", "{\"scroll\": \"half\"}", "{\"reading\": {\"theme\": \"purple\"}}",
                "{\"format\": 99}", "{} {}", "")) {
            Files.writeString(store.file(), bad, StandardCharsets.UTF_8);
            SettingsStore.Loaded loaded = store.load();
            assertTrue(loaded.wasSetAside(), bad);
            assertEquals(AppSettings.defaults(), loaded.settings());
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheDefaultsUsed() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.createDirectories(store.file()); // a directory where the file should be cannot be read as one
        SettingsStore.Loaded loaded = store.load();
        assertTrue(loaded.wasSetAside());
        assertEquals(AppSettings.defaults(), loaded.settings());
    }

    @Test
    void unknownFieldsAreIgnoredAndValuesOutOfRangeFallBackToTheirDefaults() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"future\": {\"a\": [1, 2]}, \"scroll\": 7, \"reading\": {\"fontSize\": 500, \"theme\": \"dark\"}}");
        SettingsStore.Loaded loaded = store.load();
        AppSettings s = loaded.settings();
        assertFalse(loaded.wasSetAside());
        assertEquals(0.0, s.scroll());
        assertEquals(ReadingSettings.DEFAULT_SIZE, s.reading().fontSize());
        assertEquals(ReadingSettings.Theme.DARK, s.reading().theme());
        assertEquals(List.of("scroll", "reading.fontSize"), loaded.unusable());
        assertNull(s.window());
    }

    @Test
    void hiddenParagraphNumbersAreRememberedAndAnOlderFileShowsThem() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        AppSettings s = sample();
        AppSettings hidden = new AppSettings(s.window(), s.language(), s.missionId(), s.documentId(), s.scroll(),
                s.reading().withParagraphNumbers(false), s.recentFiles());
        store.save(hidden);
        assertTrue(Files.readString(store.file()).contains("\"paragraphNumbers\" : false"), Files.readString(store.file()));
        assertEquals(hidden, store.load().settings());
        // Written before the setting existed: no field, the numbers shown; a value that is not true or false is said.
        Files.writeString(store.file(), "{\"reading\": {\"theme\": \"dark\"}}");
        assertTrue(store.load().settings().reading().paragraphNumbers());
        Files.writeString(store.file(), "{\"reading\": {\"paragraphNumbers\": \"no\"}}");
        SettingsStore.Loaded odd = store.load();
        assertTrue(odd.settings().reading().paragraphNumbers());
        assertEquals(List.of("reading.paragraphNumbers"), odd.unusable());
    }

    @Test
    void theDirectoryFollowsEachSystemsConvention() {
        assertEquals(Path.of("/x/cfg/mission-reader"),
                SettingsStore.defaultDirectory("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/r"));
        assertEquals(Path.of("/home/r/.config/mission-reader"), SettingsStore.defaultDirectory("Linux", Map.of(), "/home/r"));
        assertEquals(Path.of("/home/r/.config/mission-reader"),
                SettingsStore.defaultDirectory("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/r"));
        assertEquals(Path.of("/Users/r/Library/Application Support/Mission Reader"),
                SettingsStore.defaultDirectory("Mac OS X", Map.of(), "/Users/r"));
        assertEquals(Path.of("C:/Users/r/AppData/Roaming", "Mission Reader"),
                SettingsStore.defaultDirectory("Windows 11", Map.of("APPDATA", "C:/Users/r/AppData/Roaming"), "C:/Users/r"));
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndBounded() {
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < 12; i++) s = s.withRecentFile("/f" + i + ".json");
        s = s.withRecentFile("/f5.json");
        assertEquals(AppSettings.MAX_RECENT, s.recentFiles().size());
        assertEquals("/f5.json", s.recentFiles().get(0));
        assertEquals("/f11.json", s.recentFiles().get(1));
    }
}
