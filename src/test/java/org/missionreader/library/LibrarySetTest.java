package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibrarySetTest {

    private static Library bundled() {
        return new LibraryLoader().loadBundled().library();
    }

    @Test
    void anAddedFileJoinsAndKeepsItsOrigin() {
        LibrarySet set = LibrarySet.of(null, bundled());
        Library extra = new LibraryLoader().load(Path.of("src/test/resources/libraries/extra.json")).library();
        LibrarySet.Added added = set.add("extra.json", extra);
        assertTrue(added.collisions().isEmpty());
        Library merged = added.set().library();
        assertEquals(9, merged.missions().size());
        assertEquals("extra.json", added.set().originOf(merged.mission("essai").orElseThrow()));
        assertNull(added.set().originOf(merged.mission("minusma").orElseThrow()));
        assertEquals(List.of("essai-declaration"), merged.documentsOf("essai").stream().map(Document::id).toList());
        assertTrue(added.set().contains("extra.json"));
    }

    @Test
    void idsAlreadyOpenAreLeftOutAndNothingOpenChanges() {
        Library first = bundled();
        LibrarySet set = LibrarySet.of(null, first);
        // The same file again: every item collides, none is added twice.
        LibrarySet.Added again = set.add("copy.json", first);
        assertEquals(first.missions().size() + first.documents().size() + first.events().size(), again.collisions().size());
        assertEquals(first.missions().size(), again.set().library().missions().size());
        assertEquals(first.document("minusma-closure-notice"), again.set().library().document("minusma-closure-notice"));
        LibrarySet.Collision c = again.collisions().get(0);
        assertEquals("mission", c.kind());
        assertNull(c.openIn(), "open in the bundled library, which has no file origin");
    }

    @Test
    void theLinesAroundAProblem() throws IOException {
        String text = "{\n  \"missions\": [{\n    \"id\":  \"abc\",\n    \"mission\": \"abc\"\n  }]\n}\n";
        SourceLines.Excerpt excerpt = SourceLines.around(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 3, 1);
        assertEquals(2, excerpt.firstLine());
        assertEquals(List.of("  \"missions\": [{", "    \"id\":  \"abc\",", "    \"mission\": \"abc\""), excerpt.lines());
        byte[] broken = {'o', 'k', '\n', (byte) 0xC3, '(', '\n'};
        assertEquals(List.of("ok", "\uFFFD("), SourceLines.around(new ByteArrayInputStream(broken), 1, 3).lines());
    }
}
