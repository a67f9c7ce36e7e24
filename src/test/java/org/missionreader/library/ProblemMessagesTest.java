package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.assertOnlyProblem;
import static org.missionreader.library.LibraryJson.load;
import static org.missionreader.library.LibraryJson.validWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionreader.i18n.Messages;

/** How problems read: the compiler-like line, the translations, and values shown safely. */
class ProblemMessagesTest {

    private static Problem wrongTypeAcronym() {
        return assertOnlyProblem(load(validWith("\"acronym\": {\"en\": \"M1\"}", "\"acronym\": \"M1\"")),
                ProblemCode.WRONG_TYPE, 6, 18, "$.missions[0].acronym");
    }

    @Test
    void formatIsFileLineColumnPathAndMessage() {
        assertEquals("t.json:6:18: $.missions[0].acronym: expected an object, found a text",
                wrongTypeAcronym().format(Locale.ENGLISH));
    }

    @Test
    void formatLeavesOutThePathWhenThereIsNone() {
        Problem problem = assertOnlyProblem(load(validWith("\"title\": \"Title\"", "\"title\": Title")),
                ProblemCode.UNKNOWN_WORD, 19, 16, "");
        assertEquals("t.json:19:16: unknown word \"Title\": text values need double quotes", problem.format(Locale.ENGLISH));
    }

    @Test
    void frenchMessageIsTranslatedTypesIncluded() {
        String french = wrongTypeAcronym().format(Locale.FRENCH);
        assertEquals("t.json:6:18: $.missions[0].acronym: un objet attendu, un texte trouvé", french);
        assertNotEquals(wrongTypeAcronym().format(Locale.ENGLISH), french);
    }

    @Test
    void anyFrenchLocaleGetsFrenchMessages() {
        assertEquals(wrongTypeAcronym().format(Locale.FRENCH), wrongTypeAcronym().format(Locale.CANADA_FRENCH));
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeReadsDifferentlyInFrenchAndEnglishAndNeverAsAKey(ProblemCode code) {
        Problem problem = new Problem("f.json", 3, 4, "", code, List.of("a", "b", "c"));
        String english = problem.message(Locale.ENGLISH);
        String french = problem.message(Locale.FRENCH);
        assertFalse(english.startsWith("problem."), english);
        assertFalse(french.startsWith("problem."), french);
        assertNotEquals(english, french);
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasAMessageThroughTheBundles(ProblemCode code) {
        String key = "problem." + code.key();
        for (Locale locale : Messages.LANGUAGES) {
            assertNotEquals(key, Messages.get(locale, key), () -> key + " in " + locale);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void everyCodeHasAMessageInEachFile(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/missionreader/i18n/" + file)) {
            assertNotNull(in, file);
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            String value = messages.getProperty("problem." + code.key());
            if (value == null || value.isBlank()) missing.add(code.key());
        }
        assertEquals(Collections.emptyList(), missing, file);
    }

    @Test
    void duplicateIdSaysWhereTheIdWasFirstGivenInBothLanguages() {
        Problem problem = new Problem("f.json", 9, 12, "$.missions[1].id", ProblemCode.DUPLICATE_ID, List.of("m1", "5", "13"));
        assertEquals("$.missions[1].id: the id \"m1\" is already used at line 5, column 13", problem.message(Locale.ENGLISH));
        assertEquals("$.missions[1].id: l’identifiant «\u202Fm1\u202F» est déjà utilisé ligne 5, colonne 13", problem.message(Locale.FRENCH));
    }

    // ---- values from the file are shown, never obeyed

    @Test
    void valueWithALineBreakIsShownOnOneLine() {
        // The kind is `memo\nnext` written with a JSON escape: a line break in the value itself.
        Problem problem = assertOnlyProblem(load(validWith("\"kind\": \"notice\"", "\"kind\": \"memo\\nt.json:1:1: fake\"")),
                ProblemCode.UNKNOWN_VALUE, 18, 15, "$.documents[0].kind");
        String line = problem.format(Locale.ENGLISH);
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith("t.json:18:15: $.documents[0].kind: \"memo\\nt.json:1:1: fake\" is not one of"), line);
    }

    @Test
    void terminalEscapeInARepeatedIdIsShownAsAnEscape() {
        // Repeated ids are compared as written, escape character included; the message must not carry it raw.
        Problem problem = new Problem("f.json", 1, 1, "$.missions[1].id", ProblemCode.DUPLICATE_ID,
                List.of("m\u001B[2J", "5", "13"));
        String message = problem.message(Locale.ENGLISH);
        assertFalse(message.chars().anyMatch(c -> c < 0x20), message);
        assertTrue(message.contains("m\\u001B[2J"), message);
    }

    @Test
    void veryLongValueIsShortenedInTheMessage() {
        String kind = "x".repeat(100_000);
        Problem problem = assertOnlyProblem(load(validWith("\"kind\": \"notice\"", "\"kind\": \"" + kind + "\"")),
                ProblemCode.UNKNOWN_VALUE, 18, 15, "$.documents[0].kind");
        String message = problem.message(Locale.ENGLISH);
        assertTrue(message.length() < 500, () -> "message of " + message.length() + " characters");
        assertTrue(message.contains("xxx…"), message);
    }
}
