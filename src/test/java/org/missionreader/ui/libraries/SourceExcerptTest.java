package org.missionreader.ui.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The part of a source line the problems panel shows. */
class SourceExcerptTest {

    @Test
    void aShortLineIsShownWhole() {
        String line = "    \"start\": \"2021-02-30\",";
        int start = SourceExcerpt.start(line.length(), 14);
        assertEquals(0, start);
        assertEquals(line, SourceExcerpt.shown(line, start));
        assertEquals(13, SourceExcerpt.caret(line, start, 14));
    }

    @Test
    void aLongLineIsCutAroundTheColumnWithAnEllipsisAtEachCut() {
        String line = "a".repeat(50_000) + "\"2021-02-30\"" + "b".repeat(50_000);
        int column = 50_001;
        int start = SourceExcerpt.start(line.length(), column);
        String shown = SourceExcerpt.shown(line, start);
        assertTrue(shown.startsWith("…") && shown.endsWith("…"), shown);
        assertEquals(SourceExcerpt.WIDTH + 2, shown.length());
        int caret = SourceExcerpt.caret(line, start, column);
        assertTrue(shown.startsWith("\"2021-02-30\"", caret), shown.substring(caret));
    }

    @Test
    void nearEitherEndOnlyThatSideIsCut() {
        String line = "x".repeat(1000);
        String head = SourceExcerpt.shown(line, SourceExcerpt.start(line.length(), 3));
        assertTrue(!head.startsWith("…") && head.endsWith("…"), head);
        int start = SourceExcerpt.start(line.length(), 1000);
        String tail = SourceExcerpt.shown(line, start);
        assertTrue(tail.startsWith("…") && !tail.endsWith("…"), tail);
        assertEquals(SourceExcerpt.WIDTH, tail.length() - 1);
        assertEquals(tail.length() - 1, SourceExcerpt.caret(line, start, 1000), "the last character, under the caret");
    }

    @Test
    void tabsCountAsFourColumnsForTheCaret() {
        String line = "\t\t\"id\": 3";
        assertEquals("        \"id\": 3", SourceExcerpt.shown(line, 0));
        assertEquals(8, SourceExcerpt.caret(line, 0, 3));
    }

    @Test
    void aShorterLineOfTheSameExcerptShowsOnlyThatItWasCut() {
        assertEquals("…", SourceExcerpt.shown("short", 500));
    }
}
