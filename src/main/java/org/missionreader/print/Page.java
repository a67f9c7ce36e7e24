package org.missionreader.print;

import java.util.List;

/** One page as it will be printed: its number (from 1), its size in points, its lines in reading order. */
public record Page(int number, double width, double height, List<Line> lines) {
    public Page {
        lines = List.copyOf(lines);
    }

    /** The lines of the document itself, without header and footer, nor the notes' numbers in the margin. */
    public List<Line> bodyLines() {
        return lines.stream().filter(l -> !l.style().isRunning() && l.style() != LineStyle.MARKER).toList();
    }

    /** The notes' numbers in the margin, beside the lines where their highlights start. */
    public List<Line> markerLines() {
        return lines.stream().filter(l -> l.style() == LineStyle.MARKER).toList();
    }

    /** The header and footer lines. */
    public List<Line> runningLines() {
        return lines.stream().filter(l -> l.style().isRunning()).toList();
    }
}
