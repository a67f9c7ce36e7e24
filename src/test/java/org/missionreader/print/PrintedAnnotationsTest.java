package org.missionreader.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Document;

/**
 * Highlights and notes in print, on pages worked out by hand (a monospace measurer: each character 5 pt at
 * 10 pt, a 20-character column, a body ten 14 pt lines tall): tints follow their text over line and page
 * breaks, note numbers stand in the margin once, and the notes at the end paginate like any text.
 */
class PrintedAnnotationsTest {

    private static final double SIZE = 10;
    private static final PageSetup TEN_LINES = new PageSetup(new PaperSize("test", 100, 2 * 21.6 + 140 + 0.001),
            Orientation.PORTRAIT, 0, 0, 0, 0, SIZE);

    private final Paginator paginator = new Paginator(new MonospaceMeasurer());

    private static PrintContent content(PrintContent.Block... blocks) {
        return new PrintContent(List.of(blocks), "MINUSMA", "Titre", "Citation",
                new PrintContent.Metadata("Titre", null, null, "fr"));
    }

    private static List<Line> tinted(Page page) {
        return page.bodyLines().stream().filter(l -> !l.tints().isEmpty()).toList();
    }

    @Test
    void aTintFollowsItsTextOverALineBreak() {
        // two 9-character words a line: "aaaaaaaa1 bbbbbbbb2" / "cccccccc3 dddddddd4"
        String text = "aaaaaaaa1 bbbbbbbb2 cccccccc3 dddddddd4";
        int start = text.indexOf("bbbb");
        int end = text.indexOf("cccccccc3") + 9;
        Pagination p = paginator.paginate(content(new PrintContent.Block(LineStyle.BODY, text, 0, false,
                List.of(new PrintContent.Highlight(start, end, 1)))), TEN_LINES, Locale.FRENCH);
        Page page = p.pages().get(0);
        List<Line> body = page.bodyLines();
        assertEquals(List.of("aaaaaaaa1 bbbbbbbb2", "cccccccc3 dddddddd4"), body.stream().map(Line::text).toList());
        Line.Tint first = body.get(0).tints().get(0);
        assertEquals(50, first.x(), 1e-9, "from \"bbbbbbbb2\", ten characters in");
        assertEquals(45, first.width(), 1e-9, "to the end of the line: nine characters");
        Line.Tint second = body.get(1).tints().get(0);
        assertEquals(0, second.x(), 1e-9);
        assertEquals(45, second.width(), 1e-9, "\"cccccccc3\" only, not the word after it");
        // the tint covers the line's glyphs: from the ascent down to the descent
        assertEquals(body.get(0).baseline() - 8, first.top(), 1e-9);
        assertEquals(10, first.height(), 1e-9);
        // the note's number once, in the margin left of the line where its highlight starts
        assertEquals(1, page.markerLines().size());
        Line marker = page.markerLines().get(0);
        assertEquals("1", marker.text());
        assertEquals(body.get(0).baseline(), marker.baseline(), 1e-9);
        assertTrue(marker.x() + 3.5 <= body.get(0).x(), "left of the text");
        // and the text itself is the document's, word for word
        assertEquals(text, Statements.blockText(p, 0));
    }

    @Test
    void aTintGoesOnOverAPageBreak() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 12; i++) words.add("x".repeat(14) + i % 10);
        String text = String.join(" ", words);
        // from the middle of the second line to the middle of the last
        int start = 16 + 5;
        int end = text.length() - 5;
        Pagination p = paginator.paginate(content(new PrintContent.Block(LineStyle.BODY, text, 0, false,
                List.of(new PrintContent.Highlight(start, end, 0)))), TEN_LINES, Locale.FRENCH);
        assertEquals(2, p.pageCount());
        assertEquals(9, tinted(p.pages().get(0)).size(), "lines 2 to 10 on the first page");
        assertEquals(2, tinted(p.pages().get(1)).size(), "both lines of the second");
        assertEquals(5 * 5, tinted(p.pages().get(0)).get(0).tints().get(0).x(), 1e-9);
        assertEquals(10 * 5, tinted(p.pages().get(1)).get(1).tints().get(0).width(), 1e-9);
        assertTrue(p.pages().stream().allMatch(page -> page.markerLines().isEmpty()), "a bare highlight has no number");
    }

    @Test
    void theNotesAtTheEndPaginateInTheirOrder() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 6; i++) paragraphs.add("Le Conseil de sécurité salue la mise en œuvre de l’accord numéro " + i + ".");
        Document doc = Statements.document("test-doc", "Déclaration à la presse", paragraphs);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            annotations.add(new Annotation(i, 3, 10, i + 1, paragraphs.get(i).substring(3, 10), "note " + (i + 1)
                    + " sur un passage que le lecteur veut retrouver plus tard dans son travail"));
        }
        annotations.add(new Annotation(-1, 0, 0, 7, "un passage disparu", "une note qu’aucune édition ne place plus"));
        PrintContent content = StatementContent.of(doc, null, Locale.FRENCH, annotations);
        PageSetup setup = PageSetup.defaults();
        Pagination p = paginator.paginate(content, setup, Locale.FRENCH);
        List<Line> noteLines = new ArrayList<>();
        Line heading = null;
        for (Page page : p.pages()) {
            for (Line line : page.bodyLines()) {
                if (line.style() == LineStyle.NOTES_HEADING) heading = line;
                if (line.style() == LineStyle.NOTE) noteLines.add(line);
            }
        }
        assertEquals("Notes", heading == null ? null : heading.text());
        // French sets no-break spaces inside the quotation marks and before the colon; compared here as spaces
        String notes = String.join(" ", noteLines.stream().map(Line::text).toList()).replace('\u00a0', ' ');
        for (int i = 1; i <= 6; i++) {
            assertTrue(notes.contains(i + ". « Conseil » (§ " + i + ") : note " + i), notes);
        }
        assertTrue(notes.indexOf("1. «") < notes.indexOf("6. «"));
        assertTrue(notes.contains("7. « un passage disparu » : une note qu’aucune édition ne place plus"), notes);
        // every body paragraph keeps its tint, and a note in the margin
        long markers = p.pages().stream().mapToLong(page -> page.markerLines().size()).sum();
        assertEquals(6, markers);

        // On pages too small for them all, the notes run on over pages, none lost, none cut.
        Pagination small = paginator.paginate(content, TEN_LINES, Locale.FRENCH);
        assertTrue(small.pageCount() > 3, "the notes take pages of their own");
        int noteBlocks = 0;
        for (int b = 0; b < content.blocks().size(); b++) {
            PrintContent.Block block = content.blocks().get(b);
            if (block.style() != LineStyle.NOTE) continue;
            noteBlocks++;
            assertEquals(Statements.normalize(block.text()), Statements.normalize(Statements.blockText(small, b)));
        }
        assertEquals(7, noteBlocks);
        for (Page page : small.pages()) {
            List<Line> body = page.bodyLines();
            assertFalse(!body.isEmpty() && body.get(body.size() - 1).style() == LineStyle.NOTES_HEADING,
                    "the heading is kept with the first note");
        }
    }

    @Test
    void withoutAnnotationsThereIsNoNotesSectionAndNoTint() {
        Document doc = Statements.document("d", "Titre", List.of("Un paragraphe."));
        Pagination p = paginator.paginate(StatementContent.of(doc, null, Locale.ENGLISH), PageSetup.defaults(), Locale.ENGLISH);
        assertTrue(p.pages().stream().flatMap(page -> page.lines().stream())
                .noneMatch(l -> !l.tints().isEmpty() || l.style() == LineStyle.NOTES_HEADING || l.style() == LineStyle.MARKER));
    }

    @Test
    void offsetsFollowAStandInOfAnotherLength() {
        // 😀 (two chars) became one stand-in char: the highlight after it moves one char left
        String text = "a😀 bc";
        List<PrintContent.Highlight> moved = Paginator.inPrintable(List.of(new PrintContent.Highlight(4, 6, 1)), text, "a? bc");
        assertEquals(new PrintContent.Highlight(3, 5, 1), moved.get(0));
    }
}
