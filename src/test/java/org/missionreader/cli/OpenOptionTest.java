package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpenOptionTest {

    @Test
    void openAsksForTheWindowWithTheDocumentId() {
        CommandLine.Parsed parsed = CommandLine.parse(new String[] {"--open", "minusma-closure-notice"});
        assertEquals(CommandLine.Action.WINDOW, parsed.action());
        assertEquals("minusma-closure-notice", parsed.document());
        assertEquals(List.of(), parsed.files());
        assertEquals(null, CommandLine.parse(new String[0]).document());
    }

    @Test
    void openWithoutAnIdIsAUsageError() {
        assertEquals(CommandLine.Action.USAGE_ERROR, CommandLine.parse(new String[] {"--open"}).action());
        assertEquals(CommandLine.Action.USAGE_ERROR, CommandLine.parse(new String[] {"--open", "a", "b"}).action());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CommandLine(Locale.ENGLISH, "t").run(CommandLine.parse(new String[] {"--help"}),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--open ID"));
    }
}
