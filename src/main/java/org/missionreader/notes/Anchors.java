package org.missionreader.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionreader.i18n.TextFold;
import org.missionreader.library.Document;
import org.missionreader.library.Library;

/**
 * Finds where a highlight's quote is in a document's paragraphs as they are now: where it was, or, when an
 * edition of the library changed the text, where the quote is found again: as written, else with its spaces,
 * apostrophes (’ or '), case or accents changed; in its own paragraph first, nearest where it was, then in
 * the paragraphs nearest its own. Empty when it is found nowhere: {@link #unplaced} says which notes could not
 * be placed, and they are never dropped.
 */
public final class Anchors {

    private Anchors() {
    }

    /** Why a note cannot be placed in the library as it is now. */
    public enum Reason { DOCUMENT_GONE, QUOTE_GONE }

    /** A note that cannot be placed, and why. */
    public record Unplaced(Note note, Reason reason) {
    }

    /** Where the anchor's quote is now in these paragraphs, or empty. */
    public static Optional<Anchor> place(Anchor anchor, List<String> paragraphs) {
        String quote = anchor.quote();
        if (quote.isBlank()) return Optional.empty();
        int p = anchor.paragraph();
        if (p < paragraphs.size()) {
            String text = paragraphs.get(p);
            if (anchor.end() <= text.length() && text.substring(anchor.start(), anchor.end()).equals(quote)) {
                return Optional.of(anchor);
            }
            Optional<Anchor> here = placeIn(anchor, p, text);
            if (here.isPresent()) return here;
        }
        // The other paragraphs, nearest the anchor's own first (the one before it before the one after).
        int size = paragraphs.size();
        for (int distance = 1; p - distance >= 0 || p + distance < size; distance++) {
            for (int i : new int[] {p - distance, p + distance}) {
                if (i < 0 || i >= size) continue;
                Optional<Anchor> there = placeIn(anchor, i, paragraphs.get(i));
                if (there.isPresent()) return there;
            }
        }
        return Optional.empty();
    }

    /**
     * Where the anchor's quote is as written, found without folding any text: where it was, or elsewhere in its
     * own paragraph (nearest where it was). Empty when it is not: then only {@link #place} can tell, by folding
     * the paragraphs. Whenever this finds the quote, {@link #place} finds it at the same place; a library whose
     * text did not change needs nothing more.
     */
    public static Optional<Anchor> placeAsWritten(Anchor anchor, List<String> paragraphs) {
        String quote = anchor.quote();
        int p = anchor.paragraph();
        if (quote.isBlank() || p >= paragraphs.size()) return Optional.empty();
        String text = paragraphs.get(p);
        if (anchor.end() <= text.length() && text.substring(anchor.start(), anchor.end()).equals(quote)) {
            return Optional.of(anchor);
        }
        int at = nearest(text, quote, anchor.start());
        return at < 0 ? Optional.empty() : Optional.of(new Anchor(anchor.documentId(), p, at, at + quote.length(), quote));
    }

    /** The note's anchor in the library as it is now, or empty when its document or its quote is gone. */
    public static Optional<Anchor> place(Note note, Library library) {
        return library.document(note.documentId()).flatMap(doc -> place(note.anchor(), doc.paragraphs()));
    }

    /** The notes of the notebook that cannot be placed in the library, in the notebook's order, with why. */
    public static List<Unplaced> unplaced(Notebook notebook, Library library) {
        List<Unplaced> lost = new ArrayList<>();
        for (Note note : notebook.notes()) {
            Optional<Document> doc = library.document(note.documentId());
            if (doc.isEmpty()) {
                lost.add(new Unplaced(note, Reason.DOCUMENT_GONE));
            } else if (place(note.anchor(), doc.get().paragraphs()).isEmpty()) {
                lost.add(new Unplaced(note, Reason.QUOTE_GONE));
            }
        }
        return lost;
    }

    /** The quote in one paragraph: as written, else folded; of several, the one nearest the anchor's start. */
    private static Optional<Anchor> placeIn(Anchor anchor, int paragraph, String text) {
        String quote = anchor.quote();
        int at = nearest(text, quote, anchor.start());
        if (at >= 0) return Optional.of(new Anchor(anchor.documentId(), paragraph, at, at + quote.length(), quote));
        Folded folded = Folded.of(text);
        String wanted = Folded.of(quote).text().strip();
        if (wanted.isEmpty()) return Optional.empty();
        int f = nearest(folded.text(), wanted, folded.foldedIndex(anchor.start()));
        if (f < 0) return Optional.empty();
        int start = folded.from(f);
        int end = folded.to(f + wanted.length() - 1);
        // The anchor takes the text as it is now, so the next look finds it as written.
        return Optional.of(new Anchor(anchor.documentId(), paragraph, start, end, text.substring(start, end)));
    }

    /** The occurrence of {@code what} in {@code text} whose start is nearest {@code near}, or -1. */
    private static int nearest(String text, String what, int near) {
        int best = -1;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
            if (at > near) break;
        }
        return best;
    }

    /**
     * A text folded for matching (TextFold: case, accents, ligatures; both apostrophes as '; every run of
     * spaces as one space), with, for each folded character, the original characters it came from.
     */
    private record Folded(String text, int[] from, int[] to) {

        static Folded of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] from = new int[original.length() * 3 + 1];
            int[] to = new int[original.length() * 3 + 1];
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String piece;
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    piece = out.isEmpty() || out.charAt(out.length() - 1) == ' ' ? "" : " ";
                    if (piece.isEmpty() && !out.isEmpty()) to[out.length() - 1] = next;
                } else if (cp == '\u2018' || cp == '\u02BC') {
                    piece = "'";
                } else {
                    piece = TextFold.fold(original.substring(i, next));
                }
                for (int k = 0; k < piece.length() && out.length() < from.length; k++) {
                    from[out.length()] = i;
                    to[out.length()] = next;
                    out.append(piece.charAt(k));
                }
                i = next;
            }
            return new Folded(out.toString(), from, to);
        }

        int from(int folded) {
            return from[folded];
        }

        int to(int folded) {
            return to[folded];
        }

        /** The folded index of the first folded character from the original index, for "nearest". */
        int foldedIndex(int original) {
            for (int k = 0; k < text.length(); k++) {
                if (from[k] >= original) return k;
            }
            return text.length();
        }
    }
}
