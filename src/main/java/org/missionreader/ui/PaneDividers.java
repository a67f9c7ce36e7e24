package org.missionreader.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.missionreader.settings.WindowPlace;

/**
 * The window's panes and their dividers: the sidebar, the documents and the reader side by side, above the
 * timeline. Until the reader drags the timeline's divider (or one is remembered), the timeline takes the
 * height its lanes need, within a share of the window, as its mission, the width and the text change.
 * In focus mode the reader alone takes the panes' room; leaving it puts the others back where they stood.
 */
final class PaneDividers {

    /** Where the dividers stand when none is remembered: fractions of the width, and of the height. */
    static final double SIDEBAR_DIVIDER = 0.22;
    static final double DOCUMENTS_DIVIDER = 0.42;
    static final double TIMELINE_DIVIDER = 0.74;
    /** The largest share of the panes' height the timeline takes by itself, so the reader keeps the most. */
    static final double TIMELINE_MAX_SHARE = 0.34;
    private static final double DIVIDER_ALLOWANCE = 4;

    private final SplitPane columns;
    private final SplitPane rows;
    private final TimelinePane timeline;
    private final Node sidebar;
    private final Node documents;
    private final Node readerColumn;
    private final BooleanProperty focus = new SimpleBooleanProperty(this, "focus");
    /** The dividers' positions when focus mode began, put back when it ends. */
    private double[] beforeFocus;
    /** Whether the timeline's divider stands where the reader put it: dragged, or remembered from a session. */
    private boolean timelinePlaced;
    private final Runnable refit = this::fitTimeline;

    PaneDividers(Node sidebar, Node documents, Node readerColumn, TimelinePane timeline) {
        this.timeline = timeline;
        this.sidebar = sidebar;
        this.documents = documents;
        this.readerColumn = readerColumn;
        columns = new SplitPane(sidebar, documents, readerColumn);
        columns.setDividerPositions(SIDEBAR_DIVIDER, DOCUMENTS_DIVIDER);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(documents, false);
        rows = new SplitPane(columns, timeline);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(TIMELINE_DIVIDER);
        SplitPane.setResizableWithParent(timeline, false);
        timeline.neededHeightProperty().addListener(o -> fitTimeline());
        rows.heightProperty().addListener(o -> fitTimeline());
        // A pane resized keeps the timeline's height in pixels and moves the divider: so does the window manager's
        // first size, which comes after the fit to the size asked for. Once laid out, the fit is checked again.
        rows.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) old.removePostLayoutPulseListener(refit);
            if (now != null) now.addPostLayoutPulseListener(refit);
        });
        rows.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onTimelineDivider(e.getPickResult().getIntersectedNode())) timelinePlaced = true;
        });
        focus.addListener((obs, was, now) -> {
            if (now) enterFocus();
            else leaveFocus();
        });
    }

    /** Whether the window is in focus mode: the reader alone, without the sidebar, documents and timeline. */
    BooleanProperty focusProperty() {
        return focus;
    }

    private void enterFocus() {
        beforeFocus = new double[] {columns.getDividerPositions()[0], columns.getDividerPositions()[1],
                rows.getDividerPositions()[0]};
        columns.getItems().setAll(readerColumn);
        rows.getItems().setAll(columns);
    }

    private void leaveFocus() {
        columns.getItems().setAll(sidebar, documents, readerColumn);
        columns.setDividerPositions(beforeFocus[0], beforeFocus[1]);
        rows.getItems().setAll(columns, timeline);
        rows.setDividerPositions(beforeFocus[2]);
        // The timeline's needed height may have changed meanwhile (another mission): fit it again.
        fitTimeline();
    }

    /** The panes, all dividers in. */
    SplitPane node() {
        return rows;
    }

    /**
     * The three dividers' positions: sidebar | documents, documents | reader, panes / timeline; the last is NaN
     * while the timeline takes the height it needs (the reader has not placed it), so the next start fits it
     * again to the screen it opens on.
     */
    double[] positions() {
        if (focus.get()) {
            return new double[] {beforeFocus[0], beforeFocus[1], timelinePlaced ? beforeFocus[2] : Double.NaN};
        }
        double[] across = columns.getDividerPositions();
        return new double[] {across[0], across[1], timelinePlaced ? rows.getDividerPositions()[0] : Double.NaN};
    }

    /** Puts the dividers where a remembered place had them; one it does not know keeps its default. */
    void restore(WindowPlace place) {
        if (place == null || focus.get()) return;
        double sidebarAt = Double.isNaN(place.sidebarDivider()) ? SIDEBAR_DIVIDER : place.sidebarDivider();
        double documentsAt = Double.isNaN(place.documentsDivider()) ? DOCUMENTS_DIVIDER : place.documentsDivider();
        if (documentsAt < sidebarAt) documentsAt = sidebarAt;
        columns.setDividerPositions(sidebarAt, documentsAt);
        if (!Double.isNaN(place.timelineDivider())) {
            rows.setDividerPositions(place.timelineDivider());
            timelinePlaced = true;
        }
    }

    /** Gives the timeline the height it needs, within its share, unless the reader placed its divider. */
    private void fitTimeline() {
        double height = rows.getHeight();
        double needed = timeline.getNeededHeight();
        if (timelinePlaced || focus.get() || height <= 0 || needed <= 0) return;
        // The divider's own thickness comes out of the timeline's side too.
        double share = Math.min(needed + DIVIDER_ALLOWANCE, height * TIMELINE_MAX_SHARE);
        double position = 1 - share / height;
        if (Math.abs(position - rows.getDividerPositions()[0]) * height >= 1) {
            rows.setDividerPosition(0, position);
            // Laid out now, not at the next pulse: the height is often known only once a layout has measured the
            // timeline (after the pass, NeededHeight), and the frame drawn next must already have it.
            rows.layout();
        }
    }

    /** Whether a node pressed is the divider above the timeline (not one between the columns). */
    private boolean onTimelineDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) return n.getParent() == rows;
            if (n == rows) return false;
        }
        return false;
    }
}
