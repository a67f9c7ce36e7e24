package org.missionreader.print;

import java.util.List;

/**
 * What is printed for a document, before pagination: the blocks of text in reading order, the running
 * header (left: the mission, right: the document title), the citation in the footer, and the metadata a
 * PDF carries. Texts are plain; the paginator wraps them. The footer's citation is in two parts: what may
 * be shortened to fit ({@code citation}: speaker and title) and what never is ({@code citationTail}: the
 * date and symbol, from its leading separator on; may be empty).
 */
public record PrintContent(List<Block> blocks, String headerLeft, String headerRight, String citation,
                           String citationTail, Metadata metadata) {

    public PrintContent {
        blocks = List.copyOf(blocks);
        citationTail = citationTail == null ? "" : citationTail;
    }

    /** Content whose footer citation may be shortened anywhere. */
    public PrintContent(List<Block> blocks, String headerLeft, String headerRight, String citation, Metadata metadata) {
        this(blocks, headerLeft, headerRight, citation, "", metadata);
    }

    /**
     * A paragraph of one style. {@code keepWithNext} keeps a title or byline on the page of what follows;
     * {@code highlights}, the stretches of its text printed on a tint (none for most blocks).
     */
    public record Block(LineStyle style, String text, double spaceBefore, boolean keepWithNext, List<Highlight> highlights) {
        public Block {
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
        }

        /** A block with no highlights. */
        public Block(LineStyle style, String text, double spaceBefore, boolean keepWithNext) {
            this(style, text, spaceBefore, keepWithNext, List.of());
        }
    }

    /**
     * The characters {@code [start, end)} of a block printed on a tint, and the number of their note in the
     * margin beside the line where they start ({@code marker}, from 1; 0: a highlight without a note).
     */
    public record Highlight(int start, int end, int marker) {
    }

    /**
     * What a PDF says about itself: title, author (the speaker), subject (the mission), the language of
     * the text (a BCP 47 tag such as "fr"); author and subject may be null.
     */
    public record Metadata(String title, String author, String subject, String language) {
    }
}
