package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Columns are counted in characters, as an editor shows them, though Jackson reads bytes. */
class TextPositionsTest {

    @Test
    void accentsAndCharactersBeyondTheBasicPlaneCountAsEditorsCountThem() {
        // "é" is 2 bytes, "’" 3 bytes, "𝄞" 4 bytes and 2 UTF-16 units.
        byte[] bytes = "é’𝄞x".getBytes(StandardCharsets.UTF_8);
        TextPositions positions = new TextPositions(bytes, 0);
        assertEquals(1, positions.charColumn(1, 0));
        assertEquals(2, positions.charColumn(3, 2));
        assertEquals(3, positions.charColumn(6, 5));
        assertEquals(5, positions.charColumn(10, 9));
    }

    @Test
    void aProblemAfterAccentsOnItsLineIsPlacedByCharacters() {
        String json = "{\"schemaVersion\": 1, \"missions\": [{\"id\": \"m\", \"acronym\": {\"fr\": \"MÉLÉÉ\"}, "
                + "\"name\": {\"fr\": \"Hé\"}, \"country\": {\"fr\": \"Haïti\"}, \"start\": \"2023-02-30\", "
                + "\"status\": {\"state\": \"closed\", \"asOf\": \"2025\"}, \"sources\": [{\"name\": \"s\"}]}]}";
        LoadResult result = new LibraryLoader().load("accents.json", json.getBytes(StandardCharsets.UTF_8));
        Problem problem = result.problems().get(0);
        assertEquals(ProblemCode.IMPOSSIBLE_DATE, problem.code());
        assertEquals(1, problem.line());
        assertEquals(json.indexOf("\"2023-02-30\"") + 1, problem.column());
    }

    @Test
    void aDuplicateKeyAfterAccentsIsPlacedByCharacters() {
        String json = "{\"schemaVersion\": 1, \"é\": \"ééé\", \"missions\": [], \"missions\": []}";
        List<Problem> problems = new LibraryLoader().load("dup.json", json.getBytes(StandardCharsets.UTF_8)).problems();
        assertEquals(ProblemCode.DUPLICATE_KEY, problems.get(0).code());
        assertEquals(json.lastIndexOf("\"missions\"") + 1, problems.get(0).column());
    }

    @Test
    void countingEightBytesAtOnceAgreesWithDecodingOnAnyText() {
        Random random = new Random(7);
        String[] pieces = {"a", "é", "’", "𝄞", " ", "Haïti", "\u202F", "x1"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            // Long texts too: the count is summed every 2,040 bytes.
            for (int i = random.nextInt(round % 4 == 0 ? 3000 : 60); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int from = random.nextInt(bytes.length + 1);
            while (from < bytes.length && (bytes[from] & 0xC0) == 0x80) from++;
            String tail = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            assertEquals(tail.length(), TextPositions.utf16Units(bytes, from, bytes.length), tail);
        }
    }
}
