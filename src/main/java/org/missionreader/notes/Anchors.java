package org.missionreader.notes;

import java.util.List;
import java.util.Optional;

/**
 * Finds where a highlight's quote is in a document's paragraphs as they are now: where it was, or, when an
 * edition of the library changed the text, where the quote is found again. Empty when it is found nowhere:
 * the caller says which notes it could not place, and never drops them.
 */
public final class Anchors {

    private Anchors() {
    }

    /** Where the anchor's quote is now in these paragraphs, or empty. */
    public static Optional<Anchor> place(Anchor anchor, List<String> paragraphs) {
        String quote = anchor.quote();
        if (quote.isEmpty()) return Optional.empty();
        int p = anchor.paragraph();
        if (p < paragraphs.size()) {
            String text = paragraphs.get(p);
            if (anchor.end() <= text.length() && text.substring(anchor.start(), anchor.end()).equals(quote)) {
                return Optional.of(anchor);
            }
            int at = text.indexOf(quote);
            if (at >= 0) return Optional.of(new Anchor(anchor.documentId(), p, at, at + quote.length(), quote));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            int at = paragraphs.get(i).indexOf(quote);
            if (at >= 0) return Optional.of(new Anchor(anchor.documentId(), i, at, at + quote.length(), quote));
        }
        return Optional.empty();
    }
}
