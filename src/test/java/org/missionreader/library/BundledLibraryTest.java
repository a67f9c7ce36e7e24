package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library shipped in the application, against the source document it was taken from. */
class BundledLibraryTest {

    private static final String SOURCE = "/sources/minusma-page.fr.txt";

    private static LoadResult bundled;

    @BeforeAll
    static void loadOnce() {
        bundled = new LibraryLoader().loadBundled();
    }

    private static Library library() {
        return bundled.library();
    }

    private static byte[] sourceBytes() throws IOException {
        try (InputStream in = BundledLibraryTest.class.getResourceAsStream(SOURCE)) {
            assertNotNull(in, SOURCE + " is missing from the test resources");
            return in.readAllBytes();
        }
    }

    /** The source document as its blocks of text, which blank lines separate. */
    private static List<String> sourceBlocks() throws IOException {
        String text = new String(sourceBytes(), StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\n\n"));
    }

    @Test
    void loadsWithoutProblems() {
        assertEquals(List.of(), bundled.problems());
    }

    @Test
    void hasEightMissionsTwoDocumentsAndTwentySevenEvents() {
        assertEquals(8, library().missions().size());
        assertEquals(2, library().documents().size());
        assertEquals(27, library().events().size());
    }

    @Test
    void listsMinusmaFirst() {
        Mission first = library().missions().get(0);
        assertEquals("minusma", first.id());
        assertEquals("MINUSMA", first.acronym().fr());
    }

    @Test
    void pressElementsHaveTheirSpeakerAndDay() {
        Document press = library().document("minusma-press-elements-2015-03-04").orElseThrow();
        assertEquals("minusma", press.missionId());
        assertEquals(DocumentKind.PRESS_ELEMENTS, press.kind());
        assertEquals("François Delattre", press.speaker().name());
        assertEquals(PartialDate.ofDay(2015, 3, 4), press.date());
        assertEquals(Precision.DAY, press.date().precision());
    }

    @Test
    void pressElementsAreTheSourceWordForWord() throws IOException {
        Document press = library().document("minusma-press-elements-2015-03-04").orElseThrow();
        List<String> shown = new ArrayList<>();
        shown.add(press.title());
        shown.add(press.speaker().name() + ", " + press.speaker().role());
        shown.addAll(press.paragraphs());

        List<String> blocks = sourceBlocks();
        // Blocks 0-2: the page header and the closure notice; the press elements follow to the end.
        assertEquals(blocks.subList(3, blocks.size()), shown);
        assertEquals(7, press.paragraphs().size());
    }

    @Test
    void closureNoticeIsTheSourceWordForWord() throws IOException {
        Document notice = library().document("minusma-closure-notice").orElseThrow();
        List<String> blocks = sourceBlocks();
        assertEquals(DocumentKind.NOTICE, notice.kind());
        assertEquals(blocks.get(1), notice.title());
        assertEquals(List.of(blocks.get(2)), notice.paragraphs());
    }

    /**
     * The copy in the test resources is the source text (the MINUSMA web page, French) byte for byte: its
     * SHA-256 and length are those of the text the project was given, so an edit of the copy cannot pass.
     */
    @Test
    void testCopyOfTheSourceIsTheSourceByteForByte() throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceBytes());
        assertEquals("9e1c4280c9a71cae33931ed405dc2d6a55f442247633f13954f618402bc7aca4", HexFormat.of().formatHex(digest));
        assertEquals(2322, sourceBytes().length);
    }

    @Test
    void accordInitialedInAlgiersLinksThePressElements() {
        TimelineEvent accord = event("minusma-accord-initialed-algiers");
        assertEquals(PartialDate.ofDay(2015, 3, 1), accord.date());
        assertEquals(List.of("minusma-press-elements-2015-03-04"), accord.documentIds());
        assertTrue(library().eventsLinkedTo("minusma-press-elements-2015-03-04").contains(accord));
    }

    @Test
    void closureEventLinksTheClosureNotice() {
        TimelineEvent closure = event("minusma-closure");
        assertEquals(PartialDate.ofDay(2023, 12, 31), closure.date());
        assertEquals(List.of("minusma-closure-notice"), closure.documentIds());
    }

    @Test
    void minursoStartIsKnownToTheMonth() {
        Mission minurso = library().mission("minurso").orElseThrow();
        assertEquals(PartialDate.ofMonth(1991, 9), minurso.start());
        assertEquals(Precision.MONTH, minurso.start().precision());
    }

    @Test
    void unifilStartIsKnownToTheYear() {
        Mission unifil = library().mission("unifil").orElseThrow();
        assertEquals(PartialDate.ofYear(1978), unifil.start());
        assertEquals(Precision.YEAR, unifil.start().precision());
    }

    @Test
    void minusmaEventsComeInTimeOrder() {
        List<TimelineEvent> events = library().eventsOf("minusma");
        assertEquals("minusma-res-2100", events.get(0).id());
        assertEquals("minusma-closure", events.get(events.size() - 1).id());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).date().compareTo(events.get(i).date()) <= 0, events.get(i).id());
        }
    }

    private static TimelineEvent event(String id) {
        return library().events().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }
}
