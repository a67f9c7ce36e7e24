package org.missionreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings files the app did not write: none may stop a start, and what can be used is kept. */
class SettingsGauntletTest {

    @TempDir
    Path dir;

    private SettingsStore.Loaded loadFrom(String json) throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), json, StandardCharsets.UTF_8);
        return store.load();
    }

    @Test
    void nullsInTheReadingSettingsFallBackToTheDefaultsAndKeepTheRest() throws IOException {
        for (String field : List.of("theme", "typeface", "lineWidth", "fontSize")) {
            SettingsStore.Loaded loaded = loadFrom("{\"language\": \"fr\", \"reading\": {\"" + field + "\": null}}");
            assertFalse(loaded.wasSetAside(), field);
            assertEquals("fr", loaded.settings().language(), field);
            assertEquals(ReadingSettings.defaults(), loaded.settings().reading(), field);
            assertEquals(List.of("reading." + field), loaded.unusable(), field);
        }
    }

    @Test
    void aNullAmongTheRecentFilesIsLeftOutAndTheOthersKept() throws IOException {
        SettingsStore.Loaded loaded = loadFrom("{\"recentFiles\": [null, \"/a.json\", 7, \"\", \"/a.json\", \"/b.json\"]}");
        assertFalse(loaded.wasSetAside());
        assertEquals(List.of("/a.json", "/b.json"), loaded.settings().recentFiles());
        assertEquals(List.of("recentFiles"), loaded.unusable());
        // Only the null: nothing in the file can be used, so it is set aside (and kept).
        SettingsStore.Loaded nothing = loadFrom("{\"recentFiles\": [null]}");
        assertTrue(nothing.wasSetAside());
        assertEquals(SettingsStore.Why.NOTHING_USABLE, nothing.why());
        assertEquals(List.of("recentFiles"), nothing.unusable());
        assertNotNull(nothing.setAside());
        assertEquals(AppSettings.defaults(), nothing.settings());
    }

    @Test
    void whyAFileWasSetAsideIsToldApart() throws IOException {
        assertEquals(SettingsStore.Why.NOT_JSON, loadFrom("{\"scroll\": ").why());
        assertEquals("1:12", loadFrom("{\"scroll\": ").where());
        assertEquals(SettingsStore.Why.NOT_SETTINGS, loadFrom("[1, 2]").why());
        assertEquals(SettingsStore.Why.NOT_SETTINGS, loadFrom("{} {}").why());
        assertEquals(SettingsStore.Why.NEWER, loadFrom("{\"format\": 99}").why());
        assertEquals(SettingsStore.Why.NOT_JSON, loadFrom("").why());
    }

    @Test
    void anEnormousWindowIsForgottenNotKept() throws IOException {
        SettingsStore.Loaded loaded = loadFrom("{\"window\": {\"x\": 0, \"y\": 0, \"width\": 1e400, \"height\": 1e400},"
                + " \"reading\": {\"theme\": \"dark\"}}");
        assertFalse(loaded.wasSetAside());
        assertNull(loaded.settings().window());
        assertEquals(ReadingSettings.Theme.DARK, loaded.settings().reading().theme());
        assertEquals(List.of("window"), loaded.unusable());
    }

    @Test
    void aBadDividerFallsBackAloneAndTheWindowIsKept() throws IOException {
        SettingsStore.Loaded loaded = loadFrom("{\"window\": {\"x\": 10, \"y\": 20, \"width\": 900, \"height\": 600,"
                + " \"sidebarDivider\": \"wide\", \"documentsDivider\": 0.4, \"timelineDivider\": 9}}");
        WindowPlace place = loaded.settings().window();
        assertEquals(900, place.width());
        assertTrue(Double.isNaN(place.sidebarDivider()));
        assertEquals(0.4, place.documentsDivider());
        assertTrue(Double.isNaN(place.timelineDivider()));
        assertEquals(List.of("window.sidebarDivider", "window.timelineDivider"), loaded.unusable());
    }

    @Test
    void aHugeArrayCostsOnlyItsFirstItems() throws IOException {
        StringBuilder json = new StringBuilder("{\"scroll\": 0.5, \"recentFiles\": [");
        for (int i = 0; i < 300_000; i++) json.append(i == 0 ? "" : ",").append("\"/f").append(i).append(".json\"");
        json.append("], \"future\": [");
        for (int i = 0; i < 300_000; i++) json.append(i == 0 ? "" : ",").append("[]");
        json.append("]}");
        SettingsStore.Loaded loaded = loadFrom(json.toString());
        assertFalse(loaded.wasSetAside());
        assertEquals(AppSettings.MAX_RECENT, loaded.settings().recentFiles().size());
        assertEquals("/f0.json", loaded.settings().recentFiles().get(0));
        assertEquals(0.5, loaded.settings().scroll());
    }

    @Test
    void aFifoWhereTheFileShouldBeIsSetAsideWithoutBeingOpened() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", store.file().toString()).start();
        assertEquals(0, mkfifo.waitFor());
        SettingsStore.Loaded loaded = store.load(); // would block for ever if it opened the FIFO
        assertTrue(loaded.wasSetAside());
        assertEquals(AppSettings.defaults(), loaded.settings());
    }

    /**
     * Thousands of generated documents, seeded so that a failure can be replayed: whatever the file
     * holds, loading never throws, and the settings that come out are ones the app can use.
     */
    @Test
    void noGeneratedSettingsFileGivesSettingsTheAppCannotUse() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Set<String> named = new java.util.TreeSet<>();
        for (long seed = 0; seed < 3000; seed++) {
            String json = new SettingsDocuments(new Random(seed)).document();
            Files.writeString(store.file(), json, StandardCharsets.UTF_8);
            SettingsStore.Loaded loaded = store.load();
            String what = "seed " + seed + ": " + json;
            assertValid(loaded.settings(), what);
            named.addAll(loaded.unusable());
            if (loaded.wasSetAside()) {
                assertEquals(AppSettings.defaults(), loaded.settings(), what);
            } else {
                // What loads is saved, and what is saved loads back as it was, with nothing to say.
                store.save(loaded.settings());
                SettingsStore.Loaded again = store.load();
                assertEquals(loaded.settings(), again.settings(), what);
                assertTrue(again.unusable().isEmpty(), what);
            }
            Files.deleteIfExists(store.file());
            try (var aside = Files.list(dir)) {
                for (Path p : aside.toList()) Files.delete(p);
            }
        }
        // Every setting the reader may be told was not used has a name in both languages.
        assertTrue(named.size() >= 12, named.toString());
        for (String field : named) {
            for (java.util.Locale locale : org.missionreader.i18n.Messages.LANGUAGES) {
                assertTrue(org.missionreader.i18n.Messages.bundle(locale).containsKey("settings.field." + field), field);
            }
        }
    }

    static void assertValid(AppSettings s, String what) {
        assertNotNull(s, what);
        assertNotNull(s.reading(), what);
        assertNotNull(s.reading().theme(), what);
        assertNotNull(s.reading().typeface(), what);
        assertNotNull(s.reading().lineWidth(), what);
        int size = s.reading().fontSize();
        assertTrue(size >= ReadingSettings.MIN_SIZE && size <= ReadingSettings.MAX_SIZE, what);
        assertTrue(s.scroll() >= 0 && s.scroll() <= 1, what);
        assertNotNull(s.recentFiles(), what);
        assertTrue(s.recentFiles().size() <= AppSettings.MAX_RECENT, what);
        s.recentFiles().forEach(f -> assertTrue(f != null && !f.isBlank(), what));
        assertEquals(s.recentFiles().stream().distinct().count(), s.recentFiles().size(), what);
        WindowPlace w = s.window();
        if (w != null) {
            assertTrue(Double.isFinite(w.x()) && Double.isFinite(w.y()), what);
            assertTrue(w.width() >= 1 && w.width() <= SettingsReader.MAX_WINDOW_SIDE, what);
            assertTrue(w.height() >= 1 && w.height() <= SettingsReader.MAX_WINDOW_SIDE, what);
            for (double d : new double[] {w.sidebarDivider(), w.documentsDivider(), w.timelineDivider()}) {
                assertTrue(Double.isNaN(d) || d >= 0 && d <= 1, what);
            }
        }
        if (s.language() != null) assertFalse(s.language().isBlank(), what);
    }

    @Test
    void aSymlinkedSettingsFileIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("dotfiles")).resolve("mission-reader.json");
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(real, "{\"scroll\": 0.25}");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = config.resolve(SettingsStore.FILE_NAME);
        Files.createSymbolicLink(link, Path.of("../dotfiles/mission-reader.json"));
        SettingsStore store = new SettingsStore(config);
        AppSettings loaded = store.load().settings();
        assertEquals(0.25, loaded.scroll());
        store.save(new AppSettings(null, "fr", null, null, 0.75, ReadingSettings.defaults(), List.of()));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0.75, store.load().settings().scroll());
        assertTrue(Files.readString(real).contains("\"fr\""));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(real));
        // The temporary file went to the target's folder, and nothing is left behind in either.
        try (var left = Files.list(real.getParent())) {
            assertEquals(List.of(real), left.toList());
        }
        try (var left = Files.list(config)) {
            assertEquals(List.of(link), left.toList());
        }
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path link = config.resolve(SettingsStore.FILE_NAME);
        Files.createSymbolicLink(link, dir.resolve("elsewhere.json"));
        new SettingsStore(config).save(AppSettings.defaults());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere.json")));
    }

    @Test
    void aFolderThatRefusesTheFileIsNamedWithTheReason() throws IOException {
        // The tests may run as root, whom no permission stops: the folder is one under a plain file.
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        SettingsStore.SaveException e = org.junit.jupiter.api.Assertions.assertThrows(SettingsStore.SaveException.class,
                () -> new SettingsStore(notAFolder.resolve("config")).save(AppSettings.defaults()));
        assertEquals(notAFolder.resolve("config"), e.folder());
        assertFalse(e.detail().contains(".tmp"), e.detail());
        // How a read-only folder is worded, from the exceptions the JDK gives for it.
        SettingsStore.SaveException denied = SettingsStore.saveFailureFor(dir,
                new AccessDeniedException(dir.resolve("settings.json123.tmp").toString()));
        assertEquals(SettingsStore.SaveException.Reason.NOT_WRITABLE, denied.reason());
        assertEquals("permission denied", denied.detail());
        SettingsStore.SaveException readOnly = SettingsStore.saveFailureFor(dir,
                new FileSystemException(dir.resolve("x.tmp").toString(), null, "Read-only file system"));
        assertEquals(SettingsStore.SaveException.Reason.NOT_WRITABLE, readOnly.reason());
        assertEquals("read-only file system", readOnly.detail());
    }

    /** A folder that refuses new files, for real: by its mode, or for root (as on CI) by the immutable attribute. */
    @Test
    void aReadOnlyConfigurationFolderGivesTheFolderAndTheReason() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        locked.toFile().setWritable(false, false);
        boolean chattr = false;
        if (!refusesFiles(locked)) {
            locked.toFile().setWritable(true, false);
            chattr = new ProcessBuilder("chattr", "+i", locked.toString()).start().waitFor() == 0 && refusesFiles(locked);
            org.junit.jupiter.api.Assumptions.assumeTrue(chattr, "no folder refuses a file on this machine (root, no chattr)");
        }
        try {
            SettingsStore.SaveException e = org.junit.jupiter.api.Assertions.assertThrows(SettingsStore.SaveException.class,
                    () -> new SettingsStore(locked).save(AppSettings.defaults()));
            assertEquals(SettingsStore.SaveException.Reason.NOT_WRITABLE, e.reason());
            assertEquals(locked, e.folder());
            assertFalse(e.detail().contains(".tmp"), e.detail());
        } finally {
            if (chattr) new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor();
            locked.toFile().setWritable(true, false);
        }
    }

    private static boolean refusesFiles(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
