package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion packaging/linux/mission-reader.bash-completion, run in bash as bash runs it (the
 * function {@code complete -p} names, with COMP_WORDS and COMP_CWORD set): it offers every option of
 * {@code --help}, and the files an option takes.
 */
class BashCompletionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        for (String name : List.of("a.json", "b c.json", "out.pdf", "notes.txt", "notes.md")) Files.writeString(dir.resolve(name), "{}");
        Files.createDirectory(dir.resolve("folder"));
    }

    /** What the completion offers for the words of a command line, its last word the one being completed. */
    private List<String> complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) array.append(" '").append(word.replace("'", "'\\''")).append('\'');
        String script = String.join("\n",
                "set -u",
                "source '" + HelpText.project().resolve("packaging/linux/mission-reader.bash-completion") + "'",
                // The function that bash would call for mission-reader, as complete -p names it.
                "function=$(complete -p mission-reader | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p')",
                "[ -n \"$function\" ] || { echo 'no completion for mission-reader' >&2; exit 3; }",
                "COMP_WORDS=(mission-reader" + array + ")",
                "COMP_CWORD=" + words.length,
                "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}",
                "COMPREPLY=()",
                "\"$function\" mission-reader \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        HelpText.Result result = HelpText.run("", dir, "bash", "--norc", "--noprofile", "-c", script);
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        return HelpText.lines(result.out().strip());
    }

    @Test
    void offersEveryOptionOfTheHelp() throws Exception {
        List<String> offered = complete("--");
        // The options the help shows as the first word of a command line.
        Matcher first = Pattern.compile("(?m)^  mission-reader (--?[a-z][a-z-]*)").matcher(HelpText.english());
        int options = 0;
        while (first.find()) {
            assertTrue(offered.contains(first.group(1)), first.group(1) + " is not offered: " + offered);
            options++;
        }
        assertEquals(10, options, "options the help starts a command line with");
        assertEquals(List.of("--validate", "--version"), complete("--v"));
    }

    @Test
    void offersTheOptionsOfValidateAndTheFormatsOfCite() throws Exception {
        String help = HelpText.english();
        for (String option : HelpText.options(help)) {
            boolean offered = complete(option.substring(0, 2)).contains(option)
                    || complete("--validate", "--").contains(option)
                    || complete("--cite", "some-id", "--").contains(option)
                    || complete("--import", "notes.txt", "--").contains(option);
            assertTrue(offered, option + " is never offered");
        }
        assertEquals(List.of("--alone", "--strict"), complete("--validate", "--"));
        Matcher formats = Pattern.compile("--format ([a-z|-]+)]").matcher(help);
        assertTrue(formats.find(), help);
        assertEquals(List.of(formats.group(1).split("\\|")).stream().sorted().toList(),
                complete("--cite", "some-id", "--format", ""));
    }

    @Test
    void offersLibraryFilesAndFoldersForTheWindowAndValidate() throws Exception {
        assertEquals(List.of("a.json", "b c.json", "folder"), complete(""));
        assertEquals(List.of("a.json", "b c.json", "folder"), complete("--validate", ""));
        assertEquals(List.of("a.json", "b c.json", "folder"), complete("--validate", "--strict", "a.json", ""));
        assertEquals(List.of("b c.json"), complete("--validate", "b"));
    }

    @Test
    void offersAPdfForExportAfterTheDocumentId() throws Exception {
        assertEquals(List.of(), complete("--export-pdf", ""));
        assertEquals(List.of("folder", "out.pdf"), complete("--export-pdf", "minusma-press-elements-2015-03-04", ""));
    }

    @Test
    void offersAFileToImportThenItsOptionsTheirValuesAndTheLibraryToWrite() throws Exception {
        Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        Files.writeString(dir.resolve("s.pdf"), "%PDF");
        assertEquals(List.of("folder", "notes.txt", "out.pdf", "page.html", "s.pdf"), complete("--import", ""));
        assertEquals(List.of("--date", "--kind", "--language", "--mission", "--title"), complete("--import", "s.pdf", "--"));
        assertEquals(List.of("en", "fr"), complete("--import", "s.pdf", "--language", ""));
        assertEquals(List.of("presidential-statement", "press-elements", "press-statement"), complete("--import", "s.pdf", "--kind", "pres"));
        assertEquals(List.of(), complete("--import", "s.pdf", "--title", ""));
        assertEquals(List.of("a.json", "b c.json", "folder"), complete("--import", "s.pdf", "--kind", "other", ""));
    }

    @Test
    void offersAMarkdownOrJsonFileForTheNotesExport() throws Exception {
        assertEquals(List.of("a.json", "b c.json", "folder", "notes.md"), complete("--export-notes", ""));
        assertEquals(List.of("notes.md"), complete("--export-notes", "n"));
        assertEquals(List.of(), complete("--export-notes", "notes.md", ""));
    }
}
