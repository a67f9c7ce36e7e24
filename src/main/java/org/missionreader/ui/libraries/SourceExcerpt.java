package org.missionreader.ui.libraries;

/**
 * The part of a source line the problems panel shows: at most {@link #WIDTH} characters, from the same
 * start on every line of an excerpt so that they stay aligned, chosen so that the problem's column is in
 * view; "…" says where the line was cut. A minified file's one line is never shown whole.
 */
final class SourceExcerpt {

    /** As many characters of a line as are shown. */
    static final int WIDTH = 200;
    /** How much of the line before the column is kept when the line has to be cut. */
    private static final int BEFORE = 60;
    private static final String CUT = "…";

    private SourceExcerpt() {
    }

    /** Where the shown part of the lines starts (0-based), so that the 1-based {@code column} of a line of {@code length} is in view. */
    static int start(int length, int column) {
        if (length <= WIDTH) return 0;
        int at = Math.max(0, column - 1);
        return Math.max(0, Math.min(at - BEFORE, length - WIDTH));
    }

    /** The part of {@code line} shown from {@code start}, tabs as four spaces, with "…" at a cut side. */
    static String shown(String line, int start) {
        StringBuilder out = new StringBuilder();
        if (start > 0) out.append(CUT);
        if (start < line.length()) {
            int end = Math.min(line.length(), start + WIDTH);
            out.append(line, start, end);
            if (end < line.length()) out.append(CUT);
        }
        return out.toString().replace("\t", "    ");
    }

    /** How far into {@link #shown} the 1-based {@code column} of {@code line} stands, in shown characters. */
    static int caret(String line, int start, int column) {
        int at = Math.max(start, Math.min(Math.max(0, column - 1), line.length()));
        int offset = start > 0 ? CUT.length() : 0;
        for (int i = start; i < at; i++) offset += line.charAt(i) == '\t' ? 4 : 1;
        return offset;
    }
}
