package org.missionreader.search;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/** Chooses the part of a text to show as a snippet: the sentence of the first hit, trimmed at words if long. */
public final class Snippets {

    private Snippets() {
    }

    /**
     * A span of {@code text} of at most about {@code goal} characters holding the first match: its sentence
     * when that is short enough, else a window around the match cut at spaces. With no match, the opening.
     */
    public static Span window(String text, List<Span> matches, int goal) {
        if (text.length() <= goal) {
            return new Span(0, text.length());
        }
        if (matches.isEmpty()) {
            return new Span(0, cutBefore(text, goal));
        }
        Span first = matches.get(0);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int sentenceStart = sentences.preceding(Math.min(first.start() + 1, text.length()));
        if (sentenceStart == BreakIterator.DONE) sentenceStart = 0;
        int sentenceEnd = sentences.following(Math.max(first.end() - 1, 0));
        if (sentenceEnd == BreakIterator.DONE) sentenceEnd = text.length();
        int start = sentenceStart;
        int end = sentenceEnd;
        if (end - start > goal) {
            // Keep a third of the room before the hit, the rest after it.
            start = Math.max(sentenceStart, first.start() - goal / 3);
            if (start > sentenceStart) start = cutAfter(text, start, first.start());
            end = Math.min(sentenceEnd, Math.max(start + goal, first.end()));
            if (end < sentenceEnd) end = Math.max(first.end(), cutBefore(text, end));
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    /** The first word start at or after {@code at}, not past {@code limit}. */
    private static int cutAfter(String text, int at, int limit) {
        for (int i = Math.max(at, 1); i <= limit; i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return at;
    }

    /** The last word end at or before {@code at}. */
    private static int cutBefore(String text, int at) {
        for (int i = Math.min(at, text.length()); i > 0; i--) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Math.min(at, text.length());
    }
}
