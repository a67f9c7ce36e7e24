package org.missionreader.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;

/**
 * Lays a document out on pages: paragraphs wrapped by the typeface's real widths, no line cut between
 * pages, no first or last line of a paragraph alone on a page, titles kept with what follows, and on
 * every page a header (mission, document title) and a footer (citation, "page N of M").
 */
public final class Paginator {

    private static final double EPSILON = 1e-6;

    private final TextMeasurer measurer;
    private final LineBreaker breaker;

    public Paginator(TextMeasurer measurer) {
        this.measurer = measurer;
        this.breaker = new LineBreaker(measurer);
    }

    /** The pages of the content; {@code locale} is the interface language of the footer. */
    public Pagination paginate(PrintContent content, PageSetup setup, Locale locale) {
        Frame frame = new Frame(setup);
        List<List<LineBreaker.Wrapped>> wrapped = new ArrayList<>();
        List<List<PrintContent.Highlight>> highlights = new ArrayList<>();
        for (PrintContent.Block block : content.blocks()) {
            double size = block.style().size(setup.fontSize());
            String printable = measurer.printable(block.text());
            wrapped.add(breaker.wrap(printable, block.style().face(), size, setup.textWidth()));
            highlights.add(inPrintable(block.highlights(), block.text(), printable));
        }

        Layout layout = new Layout(frame);
        List<PrintContent.Block> blocks = content.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            PrintContent.Block block = blocks.get(b);
            List<LineBreaker.Wrapped> lines = wrapped.get(b);
            if (lines.isEmpty()) continue;
            double size = block.style().size(setup.fontSize());
            double pitch = block.style().pitch(setup.fontSize());
            double gap = block.spaceBefore() * setup.fontSize();
            if (block.keepWithNext() && !layout.pageEmpty() && !layout.fits(chainHeight(blocks, wrapped, b, setup))) {
                layout.newPage();
            }
            int done = 0;
            java.util.Set<Integer> marked = new java.util.HashSet<>();
            while (done < lines.size()) {
                int remaining = lines.size() - done;
                double before = (done == 0 && !layout.pageEmpty()) ? gap : 0;
                int fit = layout.linesThatFit(before, pitch);
                int take = fit >= remaining ? remaining : linesToTake(fit, remaining, done == 0);
                if (take == 0 && layout.pageEmpty()) {
                    take = Math.max(1, Math.min(fit, remaining)); // a page too small for the rules still moves on
                }
                if (take == 0) {
                    layout.newPage();
                    continue;
                }
                layout.skip(before);
                for (int i = done; i < done + take; i++) {
                    LineBreaker.Wrapped line = lines.get(i);
                    layout.place(line, block.style(), size, pitch, b, highlights.get(b), marked);
                }
                done += take;
                if (done < lines.size()) layout.newPage();
            }
        }
        return new Pagination(setup, runningLines(layout.pages(), content, frame, setup, locale));
    }

    /**
     * The highlights' offsets in the printable text: the same unless a character the typeface lacks, outside
     * the Basic Multilingual Plane, became a stand-in of another length.
     */
    static List<PrintContent.Highlight> inPrintable(List<PrintContent.Highlight> highlights, String text, String printable) {
        if (highlights.isEmpty() || text.length() == printable.length()) return highlights;
        int[] at = new int[text.length() + 1];
        int i = 0;
        int j = 0;
        while (i < text.length()) {
            int next = i + Character.charCount(text.codePointAt(i));
            int nextJ = j < printable.length() ? j + Character.charCount(printable.codePointAt(j)) : j;
            for (int k = i; k < next; k++) at[k] = j;
            i = next;
            j = nextJ;
        }
        at[text.length()] = printable.length();
        List<PrintContent.Highlight> moved = new ArrayList<>();
        for (PrintContent.Highlight h : highlights) {
            int start = at[Math.min(h.start(), text.length())];
            int end = at[Math.min(h.end(), text.length())];
            moved.add(new PrintContent.Highlight(start, end, h.marker()));
        }
        return moved;
    }

    /**
     * How many of a paragraph's remaining lines go on this page when not all fit: never leave a single
     * last line for the next page (widow), never start a paragraph with a single line at the bottom (orphan).
     */
    static int linesToTake(int fit, int remaining, boolean paragraphStart) {
        int take = fit;
        if (remaining - take < 2) take = remaining - 2;
        if (paragraphStart && take < 2) take = 0;
        return Math.max(0, take);
    }

    /** The height of a title chain: the kept-together blocks from b on, and two lines of the block after. */
    private double chainHeight(List<PrintContent.Block> blocks, List<List<LineBreaker.Wrapped>> wrapped, int b, PageSetup setup) {
        double height = 0;
        int i = b;
        while (i < blocks.size()) {
            PrintContent.Block block = blocks.get(i);
            int lines = wrapped.get(i).size();
            boolean last = !block.keepWithNext();
            if (last) lines = Math.min(2, lines);
            if (lines > 0) {
                height += block.spaceBefore() * setup.fontSize() + lines * block.style().pitch(setup.fontSize());
            }
            if (last) break;
            i++;
        }
        return height;
    }

    private List<Page> runningLines(List<List<Line>> bodies, PrintContent content, Frame frame, PageSetup setup, Locale locale) {
        List<Page> pages = new ArrayList<>();
        int total = Math.max(1, bodies.size());
        double fs = setup.fontSize();
        double headerSize = LineStyle.HEADER.size(fs);
        double footerSize = LineStyle.FOOTER.size(fs);
        FontFace headerFace = LineStyle.HEADER.face();
        FontFace footerFace = LineStyle.FOOTER.face();
        double left = setup.marginLeft();
        double right = setup.pageWidth() - setup.marginRight();
        double between = 2 * fs;
        for (int n = 1; n <= total; n++) {
            List<Line> lines = new ArrayList<>();
            String mission = breaker.truncate(measurer.printable(content.headerLeft()), headerFace, headerSize, setup.textWidth() / 3);
            double missionWidth = mission.isEmpty() ? 0 : measurer.width(mission, headerFace, headerSize) + between;
            String title = breaker.truncate(measurer.printable(content.headerRight()), headerFace, headerSize, setup.textWidth() - missionWidth);
            if (!mission.isEmpty()) lines.add(new Line(mission, left, frame.headerBaseline, LineStyle.HEADER, headerSize, -1, false));
            double titleWidth = measurer.width(title, headerFace, headerSize);
            lines.add(new Line(title, right - titleWidth, frame.headerBaseline, LineStyle.HEADER, headerSize, -1, false));

            lines.addAll(n <= bodies.size() ? bodies.get(n - 1) : List.of());

            String pageOf = measurer.printable(Messages.get(locale, "print.pageOf", n, total));
            double pageOfWidth = measurer.width(pageOf, footerFace, footerSize);
            String citation = footerCitation(content, footerFace, footerSize, setup.textWidth() - pageOfWidth - between);
            lines.add(new Line(citation, left, frame.footerBaseline, LineStyle.FOOTER, footerSize, -1, false));
            lines.add(new Line(pageOf, right - pageOfWidth, frame.footerBaseline, LineStyle.FOOTER, footerSize, -1, false));
            pages.add(new Page(n, setup.pageWidth(), setup.pageHeight(), lines));
        }
        return pages;
    }

    /**
     * The footer's citation in the room left by "page N of M": whole if it fits, else with the speaker and
     * title shortened and the date and symbol kept whole. Only if the date alone does not fit (no paper
     * and size offered comes near) is it cut too.
     */
    private String footerCitation(PrintContent content, FontFace face, double size, double room) {
        String head = measurer.printable(content.citation());
        String tail = measurer.printable(content.citationTail());
        if (measurer.width(head + tail, face, size) <= room) return head + tail;
        double tailWidth = measurer.width(tail, face, size);
        String shortHead = breaker.truncate(head, face, size, room - tailWidth);
        if (measurer.width(shortHead + tail, face, size) <= room && shortHead.length() > 1) return shortHead + tail;
        String alone = tail.replaceFirst("^[^,]*,\\s*", "");
        return breaker.truncate(alone.isEmpty() ? head : alone, face, size, room);
    }

    /** Where header, body and footer sit on a page. */
    private final class Frame {
        final double headerBaseline;
        final double footerBaseline;
        final double bodyTop;
        final double bodyBottom;
        final double left;
        final double bodySize;

        Frame(PageSetup setup) {
            double fs = setup.fontSize();
            bodySize = fs;
            LineStyle h = LineStyle.HEADER;
            LineStyle f = LineStyle.FOOTER;
            headerBaseline = setup.marginTop() + measurer.ascent(h.face(), h.size(fs));
            footerBaseline = setup.pageHeight() - setup.marginBottom() - measurer.descent(f.face(), f.size(fs));
            double gap = 1.2 * fs;
            bodyTop = setup.marginTop() + h.pitch(fs) + gap;
            bodyBottom = setup.pageHeight() - setup.marginBottom() - f.pitch(fs) - gap;
            left = setup.marginLeft();
        }
    }

    /** The pages being filled, and where the next line goes. */
    private final class Layout {
        private final Frame frame;
        private final List<List<Line>> pages = new ArrayList<>();
        private List<Line> current;
        private double cursor;

        Layout(Frame frame) {
            this.frame = frame;
            newPage();
        }

        void newPage() {
            if (current != null && current.isEmpty()) return;
            current = new ArrayList<>();
            pages.add(current);
            cursor = frame.bodyTop;
        }

        boolean pageEmpty() {
            return current.isEmpty();
        }

        boolean fits(double height) {
            return cursor + height <= frame.bodyBottom + EPSILON;
        }

        int linesThatFit(double before, double pitch) {
            double room = frame.bodyBottom - cursor - before;
            return room < 0 ? 0 : (int) Math.floor((room + EPSILON) / pitch);
        }

        void skip(double height) {
            cursor += height;
        }

        /**
         * Places a wrapped line; its highlighted stretches become tints under it, and the numbers of the notes
         * whose highlight starts on it ({@code marked} holds those already placed) go in the margin beside it.
         */
        void place(LineBreaker.Wrapped wrapped, LineStyle style, double size, double pitch, int block,
                   List<PrintContent.Highlight> highlights, java.util.Set<Integer> marked) {
            double ascent = measurer.ascent(style.face(), size);
            double descent = measurer.descent(style.face(), size);
            double baseline = cursor + (pitch + ascent - descent) / 2;
            List<Line.Tint> tints = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            String text = wrapped.text();
            for (PrintContent.Highlight h : highlights) {
                int from = -1;
                int to = -1;
                for (LineBreaker.Piece piece : wrapped.pieces()) {
                    int start = Math.max(h.start(), piece.sourceStart());
                    int end = Math.min(h.end(), piece.sourceStart() + piece.length());
                    if (start >= end) continue;
                    int lineStart = piece.lineStart() + start - piece.sourceStart();
                    int lineEnd = piece.lineStart() + end - piece.sourceStart();
                    from = from < 0 ? lineStart : Math.min(from, lineStart);
                    to = Math.max(to, lineEnd);
                }
                if (from < 0) continue;
                double x0 = frame.left + measurer.width(text.substring(0, from), style.face(), size);
                double x1 = frame.left + measurer.width(text.substring(0, to), style.face(), size);
                tints.add(new Line.Tint(x0, baseline - ascent, x1 - x0, ascent + descent));
                if (h.marker() > 0 && marked.add(h.marker())) markers.add(String.valueOf(h.marker()));
            }
            current.add(new Line(text, frame.left, baseline, style, size, block, wrapped.brokenWord(), tints));
            if (!markers.isEmpty()) {
                String numbers = String.join(",", markers);
                double markerSize = LineStyle.MARKER.size(frame.bodySize);
                double width = measurer.width(numbers, LineStyle.MARKER.face(), markerSize);
                current.add(new Line(numbers, frame.left - width - 0.5 * frame.bodySize, baseline, LineStyle.MARKER,
                        markerSize, block, false));
            }
            cursor += pitch;
        }

        List<List<Line>> pages() {
            if (pages.size() > 1 && current.isEmpty()) pages.remove(pages.size() - 1);
            return pages;
        }
    }
}
