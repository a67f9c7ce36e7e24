package org.missionreader.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
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
 * lead from each marker down to the axis. Every label stands where the layout put it, beside its own
 * marker: nothing is drawn over the other items, not even for the selected event, which the layout
 * puts first instead (see {@link org.missionreader.timeline.Importance}).
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
    private final NodePool<Integer, EventNode> eventPool;
    private final NodePool<ClusterNode.Range, ClusterNode> clusterPool;
    private final TimelineTexts texts;
    private TimelineData data;
    private TextWidths widths;
    private TimelineEvent focused;

    ItemLayer(TimelineTexts texts, Consumer<TimelineEvent> open, Consumer<ClusterNode> openCluster,
              java.util.function.Function<ClusterNode, String> describeCluster) {
        this.texts = texts;
        pane.setManaged(false);
        pane.getStyleClass().add("timeline-items");
        stems.getStyleClass().add("event-stem");
        stems.setMouseTransparent(true);
        pane.getChildren().add(stems);
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
                TimelineEvent focused, Set<TimelineEvent> highlighted, TextWidths widths) {
        this.focused = focused;
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
            TimelineEvent first = data.event(track.event(range.from()));
            TimelineEvent last = data.event(track.event(range.to() - 1));
            node.show(range, texts.cluster(first, last, range.count(), true).replace('\n', ' '));
            states(node, selected, highlighted);
            return node;
        }
        int event = track.event(layout.from(k));
        EventNode node = eventPool.take(event);
        TimelineEvent e = data.event(event);
        node.show(e, data.contents.extent(event).kind(), data.titles[event], texts.accessible(e));
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
        double nodeL = Math.max(layout.left(k), vl - BLEED);
        double nodeR = Math.min(layout.right(k), vr + BLEED);
        if (node instanceof ClusterNode cluster) {
            double labelX = 0;
            double labelW = 0;
            String text = null;
            if (layout.labelShown(k)) {
                labelW = layout.labelRight(k) - layout.labelLeft(k);
                labelX = layout.labelLeft(k) - nodeL;
                String more = " +" + (layout.to(k) - layout.from(k) - 1);
                String title = widths.fit(data.titles[track.event(layout.labelEvent(k))], labelW - widths.width(more));
                text = title.isEmpty() ? null : title + more;
            }
            double markL = Math.max(mL, nodeL);
            cluster.place(f.x0() + nodeL - vl, y + 1, Math.max(1, nodeR - nodeL), laneH - 2, markL - nodeL,
                    Math.max(1, Math.min(mR, nodeR) - markL), labelX, labelW, text, data.event(track.event(layout.labelEvent(k))));
            stem(stemPath, f.x0() + (mL + mR) / 2 - vl, y + laneH - 2, stemsTo);
            return;
        }
        EventNode en = (EventNode) node;
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
        if (data.contents.extent(track.event(layout.from(k))).isPoint()) {
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
    void updateStates(TimelineEvent selected, TimelineEvent focused, Set<TimelineEvent> highlighted) {
        this.focused = focused;
        eventPool.shown().values().forEach(n -> states(n, selected, highlighted));
        clusterPool.shown().values().forEach(n -> states(n, selected, highlighted));
    }

    private void states(EventNode node, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        TimelineEvent e = node.event();
        TimelineSkin.setClass(node, "selected", e != null && e.equals(selected));
        TimelineSkin.setClass(node, "linked", e != null && highlighted.contains(e));
        TimelineSkin.setClass(node, "focused", e != null && e.equals(focused));
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
        TimelineSkin.setClass(node, "focused", holds(r, data.indexOf(focused)));
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
