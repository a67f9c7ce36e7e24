package org.missionreader.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF in paragraphs. PDFBox's {@link PDFTextStripper} gives the lines of each page in reading
 * order with their positions; lines one line-spacing apart are a paragraph, a wider gap or a change of type
 * size starts the next, and so does a line after one well short of the measure; a paragraph runs on over a page break when the page's last line is a full one. Running
 * headers and footers (lines at the top or bottom of every page, identical or identical but for a number) are
 * dropped. Ligature glyphs (U+FB00–U+FB06) read as their letters; nothing else is normalised.
 */
final class PdfText {

    /** One line of a page: its text, where it starts and ends, its baseline and its type size. */
    record Line(String text, float x, float right, float y, float size) {
    }

    private PdfText() {
    }

    static Extracted read(Path file) throws ImportFailure {
        checkShape(file);
        List<List<Line>> pages;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            LineCollector collector = new LineCollector();
            collector.getText(pdf);
            pages = collector.pages;
        } catch (InvalidPasswordException e) {
            throw new ImportFailure(ImportFailure.Why.ENCRYPTED, file, "the PDF is protected by a password");
        } catch (IOException | RuntimeException e) {
            throw new ImportFailure(ImportFailure.Why.DAMAGED, file, "damaged PDF: " + e.getMessage());
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new ImportFailure(ImportFailure.Why.NO_TEXT_LAYER, file, "no text layer: this PDF would need OCR");
        }
        return new Extracted(paragraphs(dropRunningLines(pages)), null, null);
    }

    /** A PDF starts with %PDF- and ends with %%EOF: one cut short is refused, not half read. */
    private static void checkShape(Path file) throws ImportFailure {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw new ImportFailure(ImportFailure.Why.DAMAGED, file, "not a PDF: no %PDF- header");
            }
            long size = Files.size(file);
            try (var channel = Files.newByteChannel(file)) {
                int tail = (int) Math.min(2048, size);
                channel.position(size - tail);
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(tail);
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // reads the tail
                }
                String end = new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!end.contains("%%EOF")) {
                    throw new ImportFailure(ImportFailure.Why.DAMAGED, file, "damaged PDF: the file is cut short (no %%EOF at its end)");
                }
            }
        } catch (IOException e) {
            throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
    }

    /** Collects each page's lines with their positions, in PDFBox's reading order. */
    private static final class LineCollector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private StringBuilder text;
        private float x;
        private float right;
        private float y;
        private float size;

        LineCollector() throws IOException {
            setSortByPosition(true);
            setLineSeparator("\n");
            setWordSeparator(" ");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            text = null;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            endLine();
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty()) return;
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            if (text == null) {
                text = new StringBuilder();
                x = first.getXDirAdj();
                y = first.getYDirAdj();
                size = 0;
            }
            for (TextPosition p : positions) size = Math.max(size, p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir());
            right = last.getXDirAdj() + last.getWidthDirAdj();
            text.append(string);
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            if (text != null) text.append(getWordSeparator());
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
        }

        private void endLine() {
            if (text == null) return;
            String line = Paragraphs.trim(unligature(text.toString()));
            if (!line.isEmpty()) pages.get(pages.size() - 1).add(new Line(line, x, right, y, size));
            text = null;
        }

        @Override
        protected void writeParagraphStart() {
        }

        @Override
        protected void writeParagraphEnd() {
        }

        @Override
        protected void writePageStart() {
        }

        @Override
        protected void writePageEnd() {
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            writeText(doc, Writer.nullWriter());
            return "";
        }
    }

    /** The letters of the ligature glyphs ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ; œ and æ are letters of their own and stay. */
    static String unligature(String s) {
        if (s.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06)) return s;
        return s.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi")
                .replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
    }

    /** A line's text with its numbers as #: a running line reads the same on every page but for its number. */
    private static String runningKey(Line line) {
        return line.text().replaceAll("\\p{Nd}+", "#").replaceAll("\\s+", " ");
    }

    /**
     * Drops, in a PDF of two pages or more, the lines at the top and at the bottom of the pages that are the
     * same on every page (a first page without them, as title pages often are, is allowed from three pages on).
     */
    static List<List<Line>> dropRunningLines(List<List<Line>> pages) {
        List<List<Line>> result = new ArrayList<>();
        for (List<Line> page : pages) result.add(new ArrayList<>(page));
        if (pages.size() < 2) return result;
        for (boolean top : new boolean[] {true, false}) {
            for (int depth = 0; depth < 3; depth++) {
                int d = depth;
                String key = null;
                boolean same = true;
                boolean firstHasIt = true;
                for (int p = 0; p < result.size() && same; p++) {
                    List<Line> page = result.get(p);
                    // the line at this depth, counted on the page as it was before any were dropped
                    Line line = lineAt(pages.get(p), top, d);
                    String k = line == null ? null : runningKey(line);
                    if (p == 0) {
                        continue;
                    }
                    if (k == null) same = false;
                    else if (key == null) key = k;
                    else if (!key.equals(k)) same = false;
                }
                if (!same || key == null) break;
                Line firstLine = lineAt(pages.get(0), top, d);
                firstHasIt = firstLine != null && runningKey(firstLine).equals(key);
                if (!firstHasIt && pages.size() < 3) break;
                for (int p = 0; p < result.size(); p++) {
                    if (p == 0 && !firstHasIt) continue;
                    result.get(p).remove(lineAt(pages.get(p), top, d));
                }
                if (!firstHasIt) break;  // deeper lines of a title page are its own
            }
        }
        return result;
    }

    private static Line lineAt(List<Line> page, boolean top, int depth) {
        if (depth >= page.size()) return null;
        return top ? page.get(depth) : page.get(page.size() - 1 - depth);
    }

    /** The paragraphs the lines make, across pages. */
    static List<String> paragraphs(List<List<Line>> pages) {
        List<String> all = new ArrayList<>();
        float maxRight = 0;
        float minX = Float.MAX_VALUE;
        Map<Integer, Map<Integer, Integer>> gaps = new HashMap<>();  // type size (half points) -> gap -> count
        for (List<Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                all.add(line.text());
                maxRight = Math.max(maxRight, line.right());
                minX = Math.min(minX, line.x());
                if (i > 0) {
                    Line prev = page.get(i - 1);
                    float gap = line.y() - prev.y();
                    if (gap > 0 && Math.abs(line.size() - prev.size()) < 0.5f) gaps.computeIfAbsent(Math.round(line.size() * 2), k -> new HashMap<>()).merge(Math.round(gap * 2), 1, Integer::sum);
                }
            }
        }
        // the line spacing of each type size: the most frequent gap between lines of that size
        Map<Integer, Float> spacing = new HashMap<>();
        gaps.forEach((size, counts) -> spacing.put(size, counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey() / 2f));
        float width = maxRight - minX;
        Paragraphs joiner = new Paragraphs(all);
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        Line previous = null;
        boolean newPage = false;
        for (List<Line> page : pages) {
            newPage = true;
            for (Line line : page) {
                boolean starts;
                if (previous == null) {
                    starts = true;
                } else if (newPage) {
                    // a paragraph goes on over the page break when the page ended on a full line
                    starts = previous.right() < minX + width * 0.85f || Math.abs(line.size() - previous.size()) >= 0.5f;
                } else {
                    float gap = line.y() - previous.y();
                    float expected = spacing.getOrDefault(Math.round(line.size() * 2), line.size() * 1.25f);
                    // a line well short of the measure ends its paragraph, unless it ends in a hyphen
                    boolean shortLine = previous.right() < minX + width * 0.6f && !previous.text().matches(".*[-\u2010\u00AD]$");
                    starts = gap > expected * 1.3f || gap < 0 || Math.abs(line.size() - previous.size()) >= 0.5f || shortLine;
                }
                if (starts && !block.isEmpty()) {
                    paragraphs.add(joiner.join(block));
                    block.clear();
                }
                block.add(line.text());
                previous = line;
                newPage = false;
            }
        }
        if (!block.isEmpty()) paragraphs.add(joiner.join(block));
        paragraphs.removeIf(String::isEmpty);
        return paragraphs;
    }
}
