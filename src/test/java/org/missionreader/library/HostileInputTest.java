package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.VALID;
import static org.missionreader.library.LibraryJson.assertOnlyProblem;
import static org.missionreader.library.LibraryJson.bytes;
import static org.missionreader.library.LibraryJson.load;
import static org.missionreader.library.LibraryJson.utf8;
import static org.missionreader.library.LibraryJson.validWith;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files made to hurt the reader: deep nesting, huge values, invisible characters, broken encodings,
 * noise. Each gives a problem with a place, quickly, and nothing escapes as an exception.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static LoadResult loadQuickly(Supplier<byte[]> input) {
        return assertTimeoutPreemptively(QUICKLY, () -> load(input.get()));
    }

    // ---- size and depth

    @Test
    void tenThousandNestedListsAreTooDeep() {
        LoadResult result = loadQuickly(() -> utf8("[".repeat(10_000)));
        // 64 levels are read; the bracket at column 65 opens one level too many.
        Problem problem = assertOnlyProblem(result, ProblemCode.TOO_DEEP, 1, 65, "");
        assertEquals(List.of(String.valueOf(JsonTreeReader.MAX_DEPTH)), problem.args());
    }

    @Test
    void deeplyNestedObjectsInsideALibraryAreTooDeepWhereTheyCross() {
        // Line 2 becomes `  "x": {"a": {"a": ...`: `"x": ` takes columns 3-7, each `{"a": ` six more. The root
        // object is level 1, so the 64th brace of line 2 opens level 65: column 8 + 63 * 6 = 386.
        String deep = "\"x\": " + "{\"a\": ".repeat(10_000);
        LoadResult result = loadQuickly(() -> utf8(validWith("\"schemaVersion\": 1,", deep)));
        assertOnlyProblem(result, ProblemCode.TOO_DEEP, 2, 386, "");
    }

    @Test
    void hundredMegabyteTextIsTooLongWithoutRunningOutOfMemory() {
        // Line 21: `      "paragraphs": ["aaaa…"],`: the text opens at column 22.
        String[] around = VALID.split("\"Paragraph\\.\"");
        LoadResult result = loadQuickly(() -> {
            byte[] before = utf8(around[0] + "\"");
            byte[] after = utf8("\"" + around[1]);
            byte[] file = new byte[before.length + 100_000_000 + after.length];
            System.arraycopy(before, 0, file, 0, before.length);
            Arrays.fill(file, before.length, before.length + 100_000_000, (byte) 'a');
            System.arraycopy(after, 0, file, file.length - after.length, after.length);
            return file;
        });
        Problem problem = assertOnlyProblem(result, ProblemCode.STRING_TOO_LONG, 21, 22, "");
        assertEquals(List.of(String.valueOf(JsonTreeReader.MAX_STRING_LENGTH)), problem.args());
    }

    @Test
    void textJustOverTheLimitAfterAKeyIsTooLongWhereItStarts() {
        // Line 19: `      "title": "xxx…",`: the text opens at column 16.
        String title = "x".repeat(JsonTreeReader.MAX_STRING_LENGTH + 1);
        LoadResult result = loadQuickly(() -> utf8(validWith("\"title\": \"Title\"", "\"title\": \"" + title + "\"")));
        assertOnlyProblem(result, ProblemCode.STRING_TOO_LONG, 19, 16, "");
    }

    @Test
    void hundredThousandCharacterKeyIsTooLongWhereItStarts() {
        // Line 2: `  "schemaVersion": 1, "kkk…": 1,`: the key opens at column 23.
        String key = "k".repeat(100_000);
        LoadResult result = loadQuickly(() -> utf8(validWith("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"" + key + "\": 1,")));
        Problem problem = assertOnlyProblem(result, ProblemCode.STRING_TOO_LONG, 2, 23, "");
        assertEquals(List.of(String.valueOf(JsonTreeReader.MAX_NAME_LENGTH)), problem.args());
    }

    @Test
    void numberOfThousandDigitsAfterAKeyIsTooLongWhereItStarts() {
        // Line 2: `  "schemaVersion": 111…`: the number starts at column 20.
        LoadResult result = loadQuickly(() -> utf8(validWith("\"schemaVersion\": 1", "\"schemaVersion\": " + "1".repeat(1000))));
        assertOnlyProblem(result, ProblemCode.NUMBER_TOO_LONG, 2, 20, "");
    }

    @Test
    void negativeNumberOfThousandDigitsInAListIsTooLongWhereItStarts() {
        // Line 21: `      "paragraphs": [-111…],`: the number starts at column 22.
        LoadResult result = loadQuickly(() -> utf8(validWith("[\"Paragraph.\"]", "[-" + "1".repeat(1000) + "]")));
        Problem problem = assertOnlyProblem(result, ProblemCode.NUMBER_TOO_LONG, 21, 22, "");
        assertEquals(List.of(String.valueOf(JsonTreeReader.MAX_NUMBER_LENGTH)), problem.args());
    }

    // ---- invisible and unsafe characters

    @Test
    void escapedControlAndBidiOverrideAreRemovedFromAParagraphWithAWarning() {
        // The JSON holds the escapes of U+0001 and U+202E; line 21's text opens at column 22.
        LoadResult result = loadQuickly(() -> utf8(validWith("\"Paragraph.\"", "\"Para\\u0001graph\\u202E.\"")));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNSAFE_CHARACTER, 21, 22, "$.documents[0].paragraphs[0]");
        assertEquals(List.of("U+0001", "5"), problem.args());
        Document document = result.library().document("d1").orElseThrow();
        assertEquals(List.of("Paragraph."), document.paragraphs(), "the document still loads, cleaned");
    }

    @Test
    void bidiOverrideAloneIsNamed() {
        LoadResult result = loadQuickly(() -> utf8(validWith("\"Paragraph.\"", "\"\\u202Eabc\"")));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNSAFE_CHARACTER, 21, 22, "$.documents[0].paragraphs[0]");
        assertEquals(List.of("U+202E", "1"), problem.args());
        assertEquals(List.of("abc"), result.library().document("d1").orElseThrow().paragraphs());
    }

    @Test
    void loneSurrogateInATitleIsUnsafe() {
        // Line 19: `      "title": "Ti` + the escape of U+D800 + `tle",`: the text opens at column 16.
        LoadResult result = loadQuickly(() -> utf8(validWith("\"title\": \"Title\"", "\"title\": \"Ti\\uD800tle\"")));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNSAFE_CHARACTER, 19, 16, "$.documents[0].title");
        assertEquals(List.of("U+D800", "3"), problem.args());
        assertEquals("Title", result.library().document("d1").orElseThrow().title());
    }

    @Test
    void titleOfNothingButControlCharactersIsEmpty() {
        LoadResult result = loadQuickly(() -> utf8(validWith("\"title\": \"Title\"", "\"title\": \"\\u0007\\u001B\"")));
        List<String> found = result.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.code()).toList();
        assertEquals(List.of("19:16 UNSAFE_CHARACTER", "19:16 EMPTY_VALUE"), found);
        assertEquals(List.of(), result.library().documents(), "a document cannot be shown without a title");
    }

    @Test
    void rawControlCharacterInsideATextIsUnescaped() {
        // Line 19: `      "title": "Ti<U+0001>tle",`: the quote is at column 16, the control character at 19.
        LoadResult result = loadQuickly(() -> utf8(validWith("\"title\": \"Title\"", "\"title\": \"Ti\u0001tle\"")));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNESCAPED_CONTROL, 19, 19, "");
        assertEquals(List.of("U+0001"), problem.args());
    }

    @Test
    void rawLineFeedInsideATextIsUnescaped() {
        LoadResult result = loadQuickly(() -> utf8(validWith("\"title\": \"Title\"", "\"title\": \"Ti\ntle\"")));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNESCAPED_CONTROL, 19, 19, "");
        assertEquals(List.of("U+000A"), problem.args());
    }

    // ---- encodings

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        // Line 3: `  "note": "caf` then 0xC3 0x28: 0xC3 starts a two-byte character that 0x28 cannot continue.
        // Lines 1-2 take 2 + 22 bytes; line 3's 14 bytes before it put the bad byte at offset 38, column 15.
        byte[] file = bytes("{\n  \"schemaVersion\": 1,\n  \"note\": \"caf", new byte[] {(byte) 0xC3, 0x28},
                "\",\n  \"missions\": []\n}\n");
        Problem problem = assertOnlyProblem(loadQuickly(() -> file), ProblemCode.INVALID_UTF8, 3, 15, "");
        assertEquals(List.of("0xC3", "38"), problem.args());
    }

    @Test
    void invalidUtf8ColumnCountsCharactersNotBytes() {
        // Line 3: `  "note": "déc` then 0xFF: "é" is two bytes but one column, so the bad byte is at column 15,
        // byte offset 24 + 15 = 39.
        byte[] file = bytes("{\n  \"schemaVersion\": 1,\n  \"note\": \"déc", new byte[] {(byte) 0xFF},
                "\",\n  \"missions\": []\n}\n");
        Problem problem = assertOnlyProblem(loadQuickly(() -> file), ProblemCode.INVALID_UTF8, 3, 15, "");
        assertEquals(List.of("0xFF", "39"), problem.args());
    }

    @Test
    void invalidUtf8AfterWindowsLineEndsIsOnTheRightLine() {
        byte[] file = bytes("{\r\n  \"schemaVersion\": 1,\r\n  \"note\": \"caf", new byte[] {(byte) 0xC3, 0x28},
                "\"\r\n}\r\n");
        Problem problem = assertOnlyProblem(loadQuickly(() -> file), ProblemCode.INVALID_UTF8, 3, 15, "");
        assertEquals(List.of("0xC3", "40"), problem.args());
    }

    @Test
    void byteOrderMarkAtTheStartIsAccepted() {
        LoadResult result = loadQuickly(() -> bytes(BOM, VALID));
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.library().missions().size());
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() {
        LoadResult result = loadQuickly(() -> bytes(BOM, validWith("\"schemaVersion\": 1", "\"schemaVersion\": 2")));
        assertOnlyProblem(result, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, 2, 20, "$.schemaVersion");
        LoadResult firstLine = loadQuickly(() -> bytes(BOM, "{\"schemaVersion\": x}"));
        // `{"schemaVersion": x}`: the word is at column 19, the mark before the brace takes no column.
        assertOnlyProblem(firstLine, ProblemCode.UNKNOWN_WORD, 1, 19, "");
    }

    @Test
    void windowsLineEndsGiveTheSameLinesAndColumns() {
        String json = validWith("\"date\": \"2015-03-01\"", "\"date\": \"2015-3-1\"").replace("\n", "\r\n");
        assertOnlyProblem(loadQuickly(() -> utf8(json)), ProblemCode.BAD_DATE_FORM, 29, 15, "$.events[0].date");
    }

    // ---- nothing, and noise

    @Test
    void emptyFileIsEmpty() {
        assertOnlyProblem(loadQuickly(() -> new byte[0]), ProblemCode.EMPTY_FILE, 1, 1, "");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() {
        assertOnlyProblem(loadQuickly(() -> utf8("  \n\t\r\n   \n")), ProblemCode.EMPTY_FILE, 1, 1, "");
    }

    @Test
    void byteOrderMarkAloneIsEmpty() {
        assertOnlyProblem(loadQuickly(() -> BOM), ProblemCode.EMPTY_FILE, 1, 1, "");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2015, 20231231})
    void randomBytesGiveAProblemAndNoException(long seed) {
        Random random = new Random(seed);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        assertSomeProblemWithAPlace(loadQuickly(() -> noise));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2015, 20231231})
    void randomJsonPunctuationGivesProblemsAndNoException(long seed) {
        // Noise from JSON's own alphabet reaches deeper into the parser than random bytes do.
        String alphabet = "{}[]\":,0123456789-.eEtrufalsn \n\\\t";
        Random random = new Random(seed);
        assertTimeoutPreemptively(QUICKLY, () -> {
            for (int round = 0; round < 2000; round++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                assertSomeProblemWithAPlace(load(text.toString()));
            }
        });
    }

    private static void assertSomeProblemWithAPlace(LoadResult result) {
        assertFalse(result.problems().isEmpty());
        assertAll(result.problems().stream().map(p -> () -> {
            assertTrue(p.line() >= 1 && p.column() >= 1, p::toString);
            assertFalse(p.format(Locale.ENGLISH).isBlank());
            assertFalse(p.format(Locale.FRENCH).isBlank());
        }));
    }
}
