package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Messages quote what they saw, by code point and name, and are worded in the session's language. */
class QuotedCharactersTest {

    @Test
    void anUnexpectedCharacterIsNamedByItsCodePointAndName() {
        assertEquals("U+FEFF (zero width no-break space)", only("{\"schemaVersion\": 1, \uFEFF\"missions\": []}").args().get(0));
        assertEquals("U+2028 (line separator)", only("{\"schemaVersion\": 1, \u2028\"missions\": []}").args().get(0));
        assertEquals("U+1F600 (grinning face)", only("{\"schemaVersion\": 1, \uD83D\uDE00}").args().get(0));
        assertEquals("U+00E9 (latin small letter e with acute)", only("{\"schemaVersion\": 1, é}").args().get(0));
        Problem feff = only("{\"schemaVersion\": 1, \uFEFF\"missions\": []}");
        assertEquals(ProblemCode.UNEXPECTED_CHARACTER, feff.code());
        assertEquals(22, feff.column());
        assertEquals("unexpected character U+FEFF (zero width no-break space) here", feff.message(Locale.ENGLISH));
        // A plain ASCII character is shown as itself.
        assertEquals(List.of("}"), only("{\"schemaVersion\": 1, \"missions\": [1,}").args());
    }

    /** Jackson's sentences start with one of these words; none may reach a reader. */
    private static final Pattern JACKSON = Pattern.compile("Unrecognized|Unexpected|Illegal|was expecting|"
            + "code \\d|Invalid|Non-standard|Leading|CTRL-CHAR|end-of-input|character escape");

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": \"\\x\"}", "{\"a\": \"\\u12G4\"}", "{\"a\": \"\\'\"}", "{\"a\": 01}", "{\"a\": NaN}",
            "{\"a\": -}", "{\"a\": 1.}", "{\"a\": tru}", "{\"a\" 1}", "{\"a\": [1 2]}", "{a: 1}", "{\"a\": 1,}",
            "[1,]", "{\"a\": \"\t\"}", "{\"a\": 1} x", "{\"a\"", "\"", "1 2", "{\"a\": 1]", "[1}", "{\"a\":+1}",
            "{\"a\": \"\\uD800\"}", "{\"a\": .5}", "{\"a\": 1e}", "{\"a\": \"\\u00\"}", "/* c */ {}", "{\"a\": 'x'}"})
    void everySyntaxProblemIsWordedInTheSessionsLanguage(String json) {
        List<Problem> problems = load(json).problems();
        assertFalse(problems.isEmpty(), json);
        for (Problem problem : problems) {
            String french = problem.message(Locale.FRENCH);
            assertFalse(JACKSON.matcher(french).find(), json + " → " + french);
            assertFalse(JACKSON.matcher(problem.message(Locale.ENGLISH)).find(), json + " → " + problem.message(Locale.ENGLISH));
            assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
        }
    }

    @Test
    void aBadEscapeIsSaidSo() {
        Problem problem = only("{\"schemaVersion\": 1, \"missions\": [\"\\x\"]}");
        assertEquals(ProblemCode.BAD_ESCAPE, problem.code());
        assertTrue(problem.message(Locale.FRENCH).startsWith("cette séquence d’échappement n’existe pas en JSON (x)"),
                problem.message(Locale.FRENCH));
    }

    private static Problem only(String json) {
        List<Problem> problems = load(json).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
