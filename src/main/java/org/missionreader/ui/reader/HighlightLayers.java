package org.missionreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * The reader's highlights in a {@link SelectableTextPane}: under each block, one path per highlight in its
 * colour's style class; over it, a small marker at the end of each highlight that has a note, which shows
 * the note as a tooltip. Drawn from the text as laid out, whenever the block is laid out again.
 */
public final class HighlightLayers {

    private static final double MARKER = 7;

    private final List<Pane> under = new ArrayList<>();
    private final List<Pane> over = new ArrayList<>();
    private List<SelectableTextPane.Highlight> highlights = List.of();

    HighlightLayers() {
    }

    /** The layer under a new block's text (its index is the next). */
    Pane addBlock() {
        Pane layer = new Pane();
        layer.getStyleClass().add("note-highlights");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        under.add(layer);
        Pane markers = new Pane();
        markers.getStyleClass().add("note-markers");
        markers.setManaged(false);
        markers.setPickOnBounds(false);
        over.add(markers);
        return layer;
    }

    /** The layer over a block's text, for its note markers. */
    Pane markers(int block) {
        return over.get(block);
    }

    void clear() {
        under.clear();
        over.clear();
        highlights = List.of();
    }

    void set(List<SelectableTextPane.Highlight> now) {
        highlights = List.copyOf(now);
    }

    List<SelectableTextPane.Highlight> all() {
        return highlights;
    }

    /** The last highlight drawn over a character of a block, or null. */
    SelectableTextPane.Highlight at(int block, int offset) {
        SelectableTextPane.Highlight found = null;
        for (SelectableTextPane.Highlight h : highlights) {
            if (h.block() == block && offset >= h.start() && offset < h.end()) found = h;
        }
        return found;
    }

    /** The paths drawn under a block, one per highlight, in order; for tests. */
    public List<Path> paths(int block) {
        return under.get(block).getChildren().stream().map(Path.class::cast).toList();
    }

    /** The note markers over a block, for tests. */
    public List<Node> markerNodes(int block) {
        return List.copyOf(over.get(block).getChildren());
    }

    void paint(int block, TextFlow flow) {
        if (block >= under.size()) return;
        Pane layer = under.get(block);
        Pane markers = over.get(block);
        layer.setLayoutX(flow.getLayoutX());
        layer.setLayoutY(flow.getLayoutY());
        markers.setLayoutX(flow.getLayoutX());
        markers.setLayoutY(flow.getLayoutY());
        List<Node> paths = new ArrayList<>();
        List<Node> notes = new ArrayList<>();
        int length = SelectableTextPane.textOf(flow).length();
        for (SelectableTextPane.Highlight h : highlights) {
            if (h.block() != block) continue;
            int start = Math.min(h.start(), length);
            int end = Math.min(h.end(), length);
            if (end <= start) continue;
            PathElement[] shape = flow.rangeShape(start, end);
            Path path = new Path(shape);
            path.getStyleClass().addAll("note-highlight", h.styleClass());
            paths.add(path);
            if (h.note() != null && !h.note().isBlank()) notes.add(marker(h, path.getBoundsInLocal(), flow, end));
        }
        layer.getChildren().setAll(paths);
        markers.getChildren().setAll(notes);
    }

    /** A small round marker at the top of the highlight's last character, with the note as its tooltip. */
    private Region marker(SelectableTextPane.Highlight h, Bounds all, TextFlow flow, int end) {
        PathElement[] last = flow.rangeShape(end - 1, end);
        Bounds at = new Path(last).getBoundsInLocal();
        if (at.isEmpty()) at = all;
        Region marker = new Region();
        marker.getStyleClass().addAll("note-marker", h.styleClass());
        // Placed here, not by its layer: a Pane would size it to its preferred size, nothing.
        marker.setManaged(false);
        marker.resizeRelocate(at.getMaxX() - MARKER / 2, at.getMinY() - MARKER / 2, MARKER, MARKER);
        Tooltip tip = new Tooltip(h.note());
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(marker, tip);
        marker.getProperties().put("note-tooltip", tip);
        marker.setUserData(h.key());
        return marker;
    }
}
