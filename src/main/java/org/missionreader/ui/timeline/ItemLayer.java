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

    /** An item of a track's layout that reaches into the view. */
    private record VisibleItem(int track, int item) {
    }

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
    private Set<TimelineEvent> noted = Set.of();

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

    /** The events to mark as noted (the control's live set). */
    void setNoted(Set<TimelineEvent> noted) {
        this.noted = noted;
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
        List<VisibleItem> visible = new ArrayList<>();
        for (int t = 0; t < data.tracks.size(); t++) {
            TimelineData.Track track = data.tracks.get(t);
            EventLayout layout = track.layout;
            if (layout == null) continue;
            double left = f.start() / track.layoutDaysPerPixel;
            double right = left + (f.width() - f.timeLeft());
            int trackIndex = t;
            layout.visible(left - BLEED, right + BLEED, k -> visible.add(new VisibleItem(trackIndex, k)));
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

    private Node kept(VisibleItem v) {
        TimelineData.Track track = data.tracks.get(v.track());
        int k = v.item();
        EventLayout layout = track.layout;
        return layout.isCluster(k) ? clusterPool.kept(range(track, k)) : eventPool.kept(track.event(layout.from(k)));
    }

    private Node fill(VisibleItem v, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        TimelineData.Track track = data.tracks.get(v.track());
        int k = v.item();
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

    private void place(VisibleItem v, Node node, BandLayer.Frame f, LaneGeometry lanes, double stemsTo, double markerSize,
                       List<PathElement> stemPath) {
        TimelineData.Track track = data.tracks.get(v.track());
        int k = v.item();
        EventLayout layout = track.layout;
        // World x of the view's left and right edges, in this track's layout.
        double viewLeft = f.start() / track.layoutDaysPerPixel;
        double viewRight = viewLeft + (f.width() - f.timeLeft());
        double laneHeight = lanes.laneHeight();
        double y = lanes.top(track) + layout.lane(k) * laneHeight;
        double markerLeft = layout.markerLeft(k);
        double markerRight = layout.markerRight(k);
        double nodeLeft = Math.max(layout.left(k), viewLeft - BLEED);
        double nodeRight = Math.min(layout.right(k), viewRight + BLEED);
        ItemPlace.Box box = new ItemPlace.Box(f.timeLeft() + nodeLeft - viewLeft, y + 1, Math.max(1, nodeRight - nodeLeft), laneHeight - 2);
        double markStart = Math.max(markerLeft, nodeLeft);
        double markerMiddle = f.timeLeft() + (markerLeft + markerRight) / 2 - viewLeft;
        if (node instanceof ClusterNode cluster) {
            ItemPlace.Stretch label = ItemPlace.Stretch.NONE;
            String text = null;
            if (layout.labelShown(k)) {
                double labelWidth = layout.labelRight(k) - layout.labelLeft(k);
                label = new ItemPlace.Stretch(layout.labelLeft(k) - nodeLeft, labelWidth);
                String more = " +" + (layout.to(k) - layout.from(k) - 1);
                String title = widths.fit(data.titles[track.event(layout.labelEvent(k))], labelWidth - widths.width(more));
                text = title.isEmpty() ? null : title + more;
            }
            ItemPlace.Stretch marker = new ItemPlace.Stretch(markStart - nodeLeft,
                    Math.max(1, Math.min(markerRight, nodeRight) - markStart));
            cluster.place(new ItemPlace(box, marker, label), text, data.event(track.event(layout.labelEvent(k))));
            stem(stemPath, markerMiddle, y + laneHeight - 2, stemsTo);
            return;
        }
        EventNode eventNode = (EventNode) node;
        double markEnd = Math.min(markerRight, nodeRight);
        ItemPlace.Stretch label = ItemPlace.Stretch.NONE;
        if (layout.labelShown(k)) {
            double labelLeft = layout.labelLeft(k);
            double labelRight = layout.labelRight(k);
            double labelWidth = labelRight - labelLeft;
            boolean insideBar = labelLeft > markerLeft && labelLeft < markerRight;
            if (insideBar) {
                // A label inside a long bar follows the left edge while its bar is in view.
                double textWidth = Math.min(labelWidth, track.labelWidths[layout.from(k)]);
                labelLeft = Math.max(labelLeft, Math.min(viewLeft + 4, Math.min(markerRight, labelRight) - textWidth));
                labelWidth = Math.min(labelWidth, labelRight - labelLeft);
            }
            label = new ItemPlace.Stretch(labelLeft - nodeLeft, labelWidth);
        }
        ItemPlace.Stretch marker = new ItemPlace.Stretch(markStart - nodeLeft, Math.max(0, markEnd - markStart));
        eventNode.place(new ItemPlace(box, marker, label), widths);
        if (data.contents.extent(track.event(layout.from(k))).isPoint()) {
            stem(stemPath, markerMiddle, y + 1 + (laneHeight - 2) / 2 + markerSize / 2, stemsTo);
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
        TimelineStates.show(node, e != null && e.equals(selected), e != null && highlighted.contains(e), e != null && e.equals(focused));
        node.showNoted(e != null && noted.contains(e));
    }

    private void states(ClusterNode node, TimelineEvent selected, Set<TimelineEvent> highlighted) {
        ClusterNode.Range r = node.range();
        boolean holdsSelected = holds(r, data.indexOf(selected));
        boolean holdsLinked = false;
        for (TimelineEvent h : highlighted) {
            holdsLinked |= holds(r, data.indexOf(h));
        }
        TimelineStates.show(node, holdsSelected, holdsLinked, holds(r, data.indexOf(focused)));
        boolean holdsNoted = false;
        for (TimelineEvent n : noted) {
            holdsNoted |= holds(r, data.indexOf(n));
        }
        node.pseudoClassStateChanged(TimelineStates.NOTED, holdsNoted);
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
