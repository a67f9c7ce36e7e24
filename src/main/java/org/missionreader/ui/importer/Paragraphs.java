package org.missionreader.ui.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The import form's paragraph edits, on a plain list: merge a paragraph with the next, split one at a
 * character offset, remove one. Each returns the new list; the text itself is never rewritten beyond the
 * single space a merge puts between two paragraphs and the spaces a split trims at the cut.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** The paragraph at {@code i} and the next as one, joined by a space; unchanged for the last. */
    static List<String> mergeWithNext(List<String> paragraphs, int i) {
        if (i < 0 || i + 1 >= paragraphs.size()) return paragraphs;
        List<String> out = new ArrayList<>(paragraphs);
        out.set(i, out.get(i).stripTrailing() + " " + out.get(i + 1).stripLeading());
        out.remove(i + 1);
        return out;
    }

    /** The paragraph at {@code i} cut in two at {@code at}; unchanged when either side would be empty. */
    static List<String> split(List<String> paragraphs, int i, int at) {
        if (i < 0 || i >= paragraphs.size()) return paragraphs;
        String p = paragraphs.get(i);
        if (at <= 0 || at >= p.length()) return paragraphs;
        String before = p.substring(0, at).strip();
        String after = p.substring(at).strip();
        if (before.isEmpty() || after.isEmpty()) return paragraphs;
        List<String> out = new ArrayList<>(paragraphs);
        out.set(i, before);
        out.add(i + 1, after);
        return out;
    }

    /** Without the paragraph at {@code i}. */
    static List<String> remove(List<String> paragraphs, int i) {
        if (i < 0 || i >= paragraphs.size()) return paragraphs;
        List<String> out = new ArrayList<>(paragraphs);
        out.remove(i);
        return out;
    }
}
