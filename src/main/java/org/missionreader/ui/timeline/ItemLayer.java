package org.missionreader.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.EventLayout;

/**
 * The events and clusters in view, each a pooled node placed from its track's layout: a pan moves the
 * nodes already shown and fills in only those coming into view. In a mission's timeline, dotted stems
 * lead from each marker down to the axis.
 */
final class ItemLayer {

    /** Items are drawn this far past the edges, so nothing pops in at an edge while panning. */
    private static final double BLEED = 40;

    /** Where a track's lanes are: the top of lane 0 and the height of a lane. */
    interface LaneGeometry {
        double top(TimelineData.Track track);

        double laneHeight();
    }

    private final Pane pane = new Pane();
    private final Path stems = new Path();
    /** The selected event's title, drawn over its neighbours when its own label had no room or it is in a cluster. */
    private final Label callout = new Label();
    private final NodePool<Integer, EventNode> eventPool;
    private final NodePool<ClusterNode.Range, ClusterNode> clusterPool;
    private final TimelineTexts texts;
    private TimelineData data;
    private TextWidths widths;

    ItemLayer(TimelineTexts texts, Consumer<TimelineEvent> open, Consumer<ClusterNode> openCluster,
              java.util.function.Function<ClusterNode, String> describeCluster) {
        this.texts = texts;
        pane.setManaged(false);
        pane.getStyleClass().add("timeline-items");
        stems.getStyleClass().add("event-stem");
        stems.setMouseTransparent(true);
        pane.getChildren().add(stems);
        callout.getStyleClass().add("selected-callout");
        callout.setManaged(false);
        callout.setMouseTransparent(true);
        callout.setVisible(false);
        callout.setViewOrder(-1);
        pane.getChildren().add(callout);
        eventPool = new NodePool<>(pane, () -> new EventNode(texts, open), EventNode::clear);
        clusterPool = new NodePool<>(pane, () -> new ClusterNode(openCluster, describeCluster), n -> { });
    }

    Pane pane() {
        return pane;
    }

    /** New data: every node is filled in again. */
    void reset(TimelineData data) {
        this.data = data;
        eventPool.reset();
        clusterPool.reset();
    }

    /**
     * Places the items of every track that reach into the view; x0 is where the time area starts on
     * screen, viewLeft the world x at that point (in each layout's own days per pixel); stemsTo the y
     * the stems reach (NaN for none).
     */
    void layout(BandLayer.Frame f, LaneGeometry lanes, double stemsTo, double markerSize, TimelineEvent selected,
                Set<TimelineEvent> highlighted, TextWidths widths) {
        this.widths = widths;
        List<long[]> visible = new ArrayList<>();
        for (int t = 0; t < data.tracks.size(); t++) {
            TimelineData.Track track = data.tracks.get(t);
            EventLayout layout = track.layout;
            if (layout == null) continue;
            double left = f.start() / track.layoutDpp;
            double right = left + (f.width() - f.x0());
            int tt = t;
            layout.visible(left - BLEED, right + BLEED, k -> visible.add(new long[] {tt, k}));
        }
        eventPool.begin();
        clusterPool.begin();
        Node[] nodes = new Node[visible.size()];
        for (int v = 0; v < nodes.length; v++) {
            nodes[v] = kept(visible.get(v));
        }
        for (int v = 0; v < nodes.length; v++) {
            if (nodes[v] == null) {
                nodes[v] = fill(visible.get(v), selected, highlighted);
            }
        }
        List<PathElement> stemPath = new ArrayList<>();
        for (int v = 0; v < nodes.length; v++) {
            place(visible.get(v), nodes[v], f, lanes, stemsTo, markerSize, stemPath);
        }
        eventPool.end();
        clusterPool.end();
        stems.setVisible(!Double.isNaN(stemsTo));
        stems.getElements().setAll(stemPath);
        placeCallout(f, lanes, selected);
    }

    /**
     * Shows the selected event's whole title when the layout shortened its label, left it out, or put the
     * event in a cluster, so the reader always sees which event is open: over the shortened label, or
     * beside the marker or cluster (right of it, or left where the view ends).
     */
    private void placeCallout(BandLayer.Frame f, LaneGeometry lanes, TimelineEvent selected) {
        int event = data.indexOf(selected);
        TimelineData.Track track = data.trackOf(event);
        if (track == null || track.layout == null) {
            hideCallout();
            return;
        }
        EventLayout layout = track.layout;
        int k = layout.itemOf(data.localOf(event));
        double vl = f.start() / track.layoutDpp;
        double vr = vl + (f.width() - f.x0());
        double mL = layout.markerLeft(k);
        double mR = layout.markerRight(k);
        boolean labelled = !layout.isCluster(k) && layout.labelShown(k);
        boolean whole = labelled && layout.labelRight(k) - layout.labelLeft(k) >= track.labelWidths[layout.from(k)] - 0.5;
        if (whole || mR < vl || mL > vr) {
            hideCallout();
            return;
        }
        if (!data.titles[event].equals(callout.getText()) || !callout.isVisible()) {
            // Styled once when it changes, for its width: a pan lays out again but changes nothing here.
            callout.setText(data.titles[event]);
            callout.applyCss();
        }
        double laneH = lanes.laneHeight();
        double w = Math.min(callout.prefWidth(-1), Math.max(40, (f.width() - f.x0()) / 2));
        double h = laneH - 2;
        double gap = 4;
        // A shortened label is drawn whole where it stands; a marker alone or a cluster gets it beside.
        double x = labelled ? f.x0() + layout.labelLeft(k) - vl - callout.getPadding().getLeft() : f.x0() + mR - vl + gap;
        if (x + w > f.width()) x = f.x0() + mL - vl - gap - w;
        x = Math.max(f.x0(), Math.min(x, f.width() - w));
        double y = Math.round(lanes.top(track) + layout.lane(k) * laneH + 1);
        callout.resizeRelocate(Math.round(x), y, w, h);
        callout.setVisible(true);
        // The labels of the other events on its row that it lies over are hidden, the others shown: a
        // neighbour's words cut off at the callout's edge read as a different title.
        double left = Math.round(x);
        for (EventNode node : eventPool.shown().values()) {
            node.setLabelCovered(Math.abs(node.getLayoutY() - y) < 1 && !node.getStyleClass().contains("selected")
                    && node.labelCrosses(left, left + w));
        }
    }

    /** No callout, and so every label shown. */
    private void hideCallout() {
        callout.setVisible(false);
        eventPool.shown().values().forEach(node -> node.setLabelCovered(false));
    }

    /** The selected event's title when drawn apart from its own node; for tests. */
    Label callout() {
        return callout;
    }

    private Node kept(long[] v) {
        TimelineData.Track track = data.tracks.get((int) v[0]);
        int k = (int) v[1];
        EventLayout layout = track.layout;
        return layout.isCluster(k) ? clusterPool.kept(range(track, k)) : eventPool.kept(track.event(layout.from(k)));
    }

    private Node fill(long[] v, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        TimelineData.Track track = data.tracks.get((int) v[0]);
        int k = (int) v[1];
        EventLayout layout = track.layout;
        if (layout.isCluster(k)) {
            ClusterNode.Range range = range(track, k);
            ClusterNode node = clusterPool.take(range);
            TimelineEvent first = data.events[track.event(range.from())];
            TimelineEvent last = data.events[track.event(range.to() - 1)];
            node.show(range, texts.cluster(first, last, range.count(), true).replace('\n', ' '));
            states(node, selected, highlighted);
            return node;
        }
        int event = track.event(layout.from(k));
        EventNode node = eventPool.take(event);
        TimelineEvent e = data.events[event];
        node.show(e, data.extents[event].kind(), data.titles[event], texts.accessible(e));
        states(node, selected, highlighted);
        return node;
    }

    private void place(long[] v, Node node, BandLayer.Frame f, LaneGeometry lanes, double stemsTo, double markerSize,
                       List<PathElement> stemPath) {
        TimelineData.Track track = data.tracks.get((int) v[0]);
        int k = (int) v[1];
        EventLayout layout = track.layout;
        double vl = f.start() / track.layoutDpp;
        double vr = vl + (f.width() - f.x0());
        double laneH = lanes.laneHeight();
        double y = lanes.top(track) + layout.lane(k) * laneH;
        double mL = layout.markerLeft(k);
        double mR = layout.markerRight(k);
        if (node instanceof ClusterNode cluster) {
            cluster.resizeRelocate(f.x0() + mL - vl, y + 2, mR - mL, laneH - 4);
            stem(stemPath, f.x0() + (mL + mR) / 2 - vl, y + laneH - 2, stemsTo);
            return;
        }
        EventNode en = (EventNode) node;
        double nodeL = Math.max(layout.left(k), vl - BLEED);
        double nodeR = Math.min(layout.right(k), vr + BLEED);
        double markL = Math.max(mL, nodeL);
        double markR = Math.min(mR, nodeR);
        double labelX = 0;
        double labelW = 0;
        if (layout.labelShown(k)) {
            double lL = layout.labelLeft(k);
            double lR = layout.labelRight(k);
            labelW = lR - lL;
            boolean insideBar = lL > mL && lL < mR;
            if (insideBar) {
                // A label inside a long bar follows the left edge while its bar is in view.
                double textW = Math.min(labelW, track.labelWidths[layout.from(k)]);
                lL = Math.max(lL, Math.min(vl + 4, Math.min(mR, lR) - textW));
                labelW = Math.min(labelW, lR - lL);
            }
            labelX = lL - nodeL;
        }
        en.place(f.x0() + nodeL - vl, y + 1, Math.max(1, nodeR - nodeL), laneH - 2, markL - nodeL, Math.max(0, markR - markL),
                labelX, labelW, widths);
        if (data.extents[track.event(layout.from(k))].isPoint()) {
            stem(stemPath, f.x0() + (mL + mR) / 2 - vl, y + 1 + (laneH - 2) / 2 + markerSize / 2, stemsTo);
        }
    }

    private static void stem(List<PathElement> path, double x, double fromY, double toY) {
        if (Double.isNaN(toY) || fromY >= toY) return;
        double sx = Math.round(x) + 0.5;
        path.add(new MoveTo(sx, fromY));
        path.add(new LineTo(sx, toY));
    }

    private ClusterNode.Range range(TimelineData.Track track, int k) {
        EventLayout layout = track.layout;
        return new ClusterNode.Range(data.tracks.indexOf(track), layout.from(k), layout.to(k));
    }

    /** Marks the selected and the linked events (and clusters holding them). */
    void updateStates(TimelineEvent selected, Set<TimelineEvent> highlighted) {
        eventPool.shown().values().forEach(n -> states(n, selected, highlighted));
        clusterPool.shown().values().forEach(n -> states(n, selected, highlighted));
    }

    private void states(EventNode node, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        TimelineEvent e = node.event();
        TimelineSkin.setClass(node, "selected", e != null && e.equals(selected));
        TimelineSkin.setClass(node, "linked", e != null && highlighted.contains(e));
    }

    private void states(ClusterNode node, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        ClusterNode.Range r = node.range();
        boolean holdsSelected = holds(r, data.indexOf(selected));
        boolean holdsLinked = false;
        for (TimelineEvent h : highlighted) {
            holdsLinked |= holds(r, data.indexOf(h));
        }
        TimelineSkin.setClass(node, "selected", holdsSelected);
        TimelineSkin.setClass(node, "linked", holdsLinked);
    }

    private boolean holds(ClusterNode.Range r, int event) {
        if (event < 0 || data.trackOf(event) != data.tracks.get(r.track())) return false;
        int local = data.localOf(event);
        return local >= r.from() && local < r.to();
    }

    /** The node showing an event, if it is shown on its own. */
    EventNode nodeOf(int event) {
        return eventPool.shown().get(event);
    }

    List<EventNode> eventNodes() {
        return List.copyOf(eventPool.shown().values());
    }

    List<ClusterNode> clusterNodes() {
        return List.copyOf(clusterPool.shown().values());
    }
}
