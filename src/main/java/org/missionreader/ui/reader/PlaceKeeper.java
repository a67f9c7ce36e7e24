package org.missionreader.ui.reader;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * Keeps the reader's place in the page: the line at the top of the view, held as a block and a character
 * of it so that it survives reflow. After a rebuild (another language) or a reflow (a narrower window, a
 * larger text, another theme), the next layout puts the same line back at the top; each document read in
 * this run keeps its last place, found again when it is opened again.
 */
final class PlaceKeeper {

    /**
     * A place that survives reflow: a block of the page, the character that begins the line at the top of
     * the view, and how far below the top of that line the view begins (negative above the block).
     */
    record Place(int block, int offset, double below) {
    }

    private final ReaderPane reader;
    private final Map<String, Place> byDocument = new HashMap<>();
    /** The place to keep; null is the top of the page. */
    private Place current;
    /** The page was rebuilt and not laid out since: what the view shows is not a place yet. */
    private boolean rebuilt = true;
    private boolean restoring;
    private double laidWidth = -1;
    private double laidHeight = -1;
    private double laidViewport = -1;

    PlaceKeeper(ReaderPane reader) {
        this.reader = reader;
    }

    /** The place kept now (null: the top). */
    Place current() {
        return current;
    }

    /** The last place of a document read in this run, or null. */
    Place of(String documentId) {
        return byDocument.get(documentId);
    }

    /** Remembers the current place as a document's, as it is left. */
    void keep(String documentId) {
        if (current == null) byDocument.remove(documentId);
        else byDocument.put(documentId, current);
    }

    /** The page has been rebuilt: the next layout shows this place (null: the top). */
    void rebuilt(Place place) {
        current = place;
        rebuilt = true;
    }

    /** The view was scrolled: its top is the new place, unless the page is between a change and its layout. */
    void scrolled() {
        if (restoring || stale()) return;
        current = placeAtTop();
    }

    /** The page has been sized and laid out: after a rebuild or a reflow, the kept place goes back to the top. */
    void laidOut() {
        if (!stale()) return;
        // Its blocks are laid out now rather than later in this pass, to be measured.
        reader.page().layout();
        restoring = true;
        try {
            scrollTo(current);
        } finally {
            restoring = false;
        }
        rebuilt = false;
        laidWidth = reader.content().getWidth();
        laidHeight = reader.content().getHeight();
        laidViewport = reader.viewportHeight();
    }

    private boolean stale() {
        return rebuilt || reader.content().getWidth() != laidWidth || reader.content().getHeight() != laidHeight
                || reader.viewportHeight() != laidViewport;
    }

    /** Where the top of the view is now. */
    Place placeAtTop() {
        SelectableTextPane page = reader.page();
        double top = reader.scrollTop();
        if (top <= 0) return null;
        for (int b = 0; b < page.blockCount(); b++) {
            TextFlow flow = page.block(b);
            double flowTop = reader.yInContent(flow, 0);
            if (flowTop + flow.getHeight() <= top) continue;
            double inFlow = top - flowTop;
            if (inFlow <= 0) return new Place(b, 0, inFlow);
            int offset = flow.hitTest(new Point2D(0, inFlow)).getCharIndex();
            offset = Math.max(0, Math.min(offset, page.blockText(b).length()));
            return new Place(b, offset, inFlow - lineTop(flow, offset, page.blockText(b).length()));
        }
        return null;
    }

    private void scrollTo(Place place) {
        SelectableTextPane page = reader.page();
        if (place == null || place.block() >= page.blockCount()) {
            reader.scrollTopTo(0);
            return;
        }
        TextFlow flow = page.block(place.block());
        int length = page.blockText(place.block()).length();
        int offset = Math.min(place.offset(), length);
        reader.scrollTopTo(reader.yInContent(flow, lineTop(flow, offset, length)) + place.below());
    }

    /** The top of the line holding a character of a block, in the block's coordinates. */
    static double lineTop(TextFlow flow, int offset, int length) {
        PathElement[] shape = offset < length ? flow.rangeShape(offset, offset + 1) : flow.caretShape(offset, true);
        double top = Double.POSITIVE_INFINITY;
        for (PathElement element : shape) {
            if (element instanceof MoveTo m) top = Math.min(top, m.getY());
            else if (element instanceof LineTo l) top = Math.min(top, l.getY());
        }
        return top == Double.POSITIVE_INFINITY ? 0 : top;
    }
}
