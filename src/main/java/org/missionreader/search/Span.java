package org.missionreader.search;

/** A run of characters {@code [start, end)} in a text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The same span moved by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }
}
