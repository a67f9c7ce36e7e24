package org.missionreader.library.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;

class SyntheticLibraryTest {

    private static byte[] generate(long seed, int missions, int documents, int events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticLibrary(seed).write(new SyntheticLibrary.Size(missions, documents, events), out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertArrayEquals(generate(1, 3, 50, 20), generate(1, 3, 50, 20));
        assertFalse(java.util.Arrays.equals(generate(1, 3, 50, 20), generate(2, 3, 50, 20)));
    }

    @Test
    void aGeneratedLibraryLoadsWithoutAProblemAtItsSize() throws IOException {
        LoadResult result = new LibraryLoader().load("synthetic.json", generate(42, 7, 400, 300));
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals(7, result.library().missions().size());
        assertEquals(400, result.library().documents().size());
        assertEquals(300, result.library().events().size());
    }

    @Test
    void theProseHasFrenchAccentsAndTypography() throws IOException {
        String json = new String(generate(42, 1, 200, 0), StandardCharsets.UTF_8);
        for (String sample : new String[] {"é", "è", "à", "ç", "œ", "’", "«"}) {
            assertTrue(json.contains(sample), "no " + sample + " in the generated prose");
        }
    }
}
