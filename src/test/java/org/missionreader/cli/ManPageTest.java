package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual page mission-reader(1) that packaging/linux/man-page.sh writes from {@code --help} (package.sh
 * runs it on the built launcher): every option and usage form of the help is in it, and groff reads it
 * without a warning.
 */
class ManPageTest {

    @TempDir
    Path dir;

    private static String manPage(String help) throws IOException, InterruptedException {
        HelpText.Result result = HelpText.run(help, HelpText.project(), "bash", "packaging/linux/man-page.sh", "2026-12-02");
        assertEquals(0, result.code(), result.err());
        return result.out();
    }

    /** The page's text with roff's escapes for dashes, fonts and the like taken out. */
    private static String plain(String roff) {
        return roff.replace("\\-", "-").replaceAll("\\\\f[BIRP]", "").replace("\\(sc", "§");
    }

    @Test
    void everyOptionOfTheHelpIsInThePage() throws Exception {
        String help = HelpText.english();
        String page = plain(manPage(help));
        Set<String> options = HelpText.options(help);
        assertTrue(options.containsAll(Set.of("--validate", "--alone", "--strict", "--export-pdf", "--export-notes", "--print", "--search",
                "--cite", "--format", "--open", "--import", "--mission", "--kind", "--date", "--title", "--language", "--help", "--version")), "the help's options as read: " + options);
        for (String option : options) {
            assertTrue(page.matches("(?s).*(?<![\\w-])" + option + "(?![\\w-]).*"), option + " is not in the page:\n" + page);
        }
    }

    @Test
    void everyUsageFormIsAnEntryOfThePage() throws Exception {
        String help = HelpText.english();
        String page = plain(manPage(help));
        assertTrue(page.startsWith(".\\\"") && page.contains("\n.TH MISSION-READER 1 2026-12-02 \"Mission Reader 1.2.3\""), page);
        assertTrue(page.contains("\n.SH NAME\nmission-reader - an offline reader of UN peacekeeping mission records\n"), page);
        int forms = 0;
        for (String line : help.split("\\R")) {
            if (!line.startsWith("  mission-reader")) continue;
            String form = line.strip().split(" {2,}")[0].replace("…", "...");
            assertTrue(page.contains("\n.TP\n" + form + "\n"), "no entry for " + form + " in\n" + page);
            forms++;
        }
        assertEquals(12, forms, "usage forms in the help");
        // The description of an entry, its lines joined.
        assertTrue(page.contains("\n.TP\nmission-reader --version\nshow the version\n"), page);
    }

    @Test
    void groffReadsThePageWithoutAWarning() throws Exception {
        Path page = Files.writeString(dir.resolve("mission-reader.1"), manPage(HelpText.english()), StandardCharsets.US_ASCII);
        boolean groff = Files.isExecutable(Path.of("/usr/bin/groff"));
        if (!groff && System.getenv("CI") != null) throw new AssertionError("groff is missing: .ci/run installs groff-base");
        Assumptions.assumeTrue(groff, "groff is not installed");
        HelpText.Result result = HelpText.run("", dir, "groff", "-ww", "-man", "-z", page.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        HelpText.Result text = HelpText.run("", dir, "groff", "-man", "-Tutf8", "-P-cbou", page.toString());
        assertTrue(text.out().contains("--export-pdf DOCUMENT_ID OUT.pdf"), text.out());
        assertTrue(text.out().contains("§N"), text.out());
    }

    @Test
    void aLineTheScriptDoesNotUnderstandStopsIt() throws Exception {
        HelpText.Result result = HelpText.run(HelpText.english() + "See the guide for more.\n", HelpText.project(),
                "bash", "packaging/linux/man-page.sh", "2026-12-02");
        assertNotEquals(0, result.code());
        assertTrue(result.err().contains("not a usage line: See the guide for more."), result.err());
        HelpText.Result character = HelpText.run(HelpText.english().replace("show this help", "show this help ☞"),
                HelpText.project(), "bash", "packaging/linux/man-page.sh", "2026-12-02");
        assertNotEquals(0, character.code());
        assertTrue(character.err().contains("no roff name"), character.err());
    }
}
