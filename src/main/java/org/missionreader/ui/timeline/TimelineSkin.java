package org.missionreader.ui.timeline;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.EventLayout;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.TimeScale;
import org.missionreader.timeline.ViewLimits;
import org.missionreader.timeline.Viewport;

/**
 * Draws a {@link TimelineView}. Only what is in view has nodes: each track is laid out once per zoom level
 * (lanes and clusters in world pixels, see {@link EventLayout}), and a layout pass then finds the items in
 * view by binary search and moves pooled nodes to them, so a pan costs a few node moves.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double PAD = 4;
    private static final double MIN_ROW = 16;

    private final TimelineTexts texts = new TimelineTexts();
    private final AxisLayer axis = new AxisLayer();
    private final BandLayer bands;
    private final ItemLayer items;
    private final ScrollBar rowsBar = new ScrollBar();
    private final EventNode probe;
    private final TimelineBehavior behavior;
    private final Rectangle bandsClip = new Rectangle();
    private final Rectangle itemsClip = new Rectangle();
    private final Rectangle axisClip = new Rectangle();
    /** Everything drawn, placed inside the control's padding. */
    private final Pane content = new Pane();
    private TimelineData data;
    private TextWidths labelWidths;
    private double daysPerPixel = 1;
    /** Where the time area starts: right of the mission names in the all-missions layout. */
    private double timeLeft;
    private final TrackLayouts trackLayouts = new TrackLayouts();
    private double rowHeight;
    private double rowsTop;
    private final NeededHeight neededHeight;

    TimelineSkin(TimelineView control) {
        super(control);
        bands = new BandLayer(texts, axis.grid(), control::setSelectedMission);
        items = new ItemLayer(texts, control::open, this::openCluster, this::describeCluster);
        probe = new EventNode(texts, e -> { });
        probe.setVisible(false);
        probe.setManaged(false);
        items.pane().getChildren().add(probe);
        bands.pane().setClip(bandsClip);
        items.pane().setClip(itemsClip);
        axis.pane().setClip(axisClip);
        rowsBar.setOrientation(Orientation.VERTICAL);
        rowsBar.setManaged(false);
        rowsBar.valueProperty().addListener(o -> control.requestLayout());
        content.setManaged(false);
        // Layers are transparent to the mouse where they draw nothing: rows and the control behind get the clicks.
        for (Pane layer : List.of(content, bands.pane(), items.pane(), axis.pane())) {
            layer.setPickOnBounds(false);
        }
        content.getChildren().addAll(bands.pane(), items.pane(), axis.pane(), bands.gutter(), rowsBar);
        getChildren().add(content);

        registerListChangeListener(control.getEvents(), c -> invalidateData());
        registerListChangeListener(control.getMissions(), c -> invalidateData());
        control.getHighlighted().addListener(highlightListener);
        control.getNoted().addListener(notedListener);
        items.setNoted(control.getNoted());
        registerChangeListener(control.allMissionsProperty(), o -> invalidateData());
        registerChangeListener(control.localeProperty(), o -> invalidateData());
        registerChangeListener(control.todayProperty(), o -> invalidateData());
        registerChangeListener(control.viewportProperty(), o -> control.requestLayout());
        registerChangeListener(control.laneHeightProperty(), o -> invalidateLayouts());
        registerChangeListener(control.markerSizeProperty(), o -> invalidateLayouts());
        registerChangeListener(control.selectedMissionProperty(), o -> control.requestLayout());
        registerChangeListener(control.focusedEventProperty(), o -> focusChanged());
        registerChangeListener(control.focusedMissionProperty(), o -> control.requestLayout());
        registerChangeListener(control.selectedEventProperty(), o -> selectionChanged());
        behavior = new TimelineBehavior(control, this);
        neededHeight = new NeededHeight(control, trackLayouts);
        registerChangeListener(control.widthProperty(), o -> widthChanged());
    }

    private final SetChangeListener<TimelineEvent> highlightListener = c -> updateStates();
    private final SetChangeListener<TimelineEvent> notedListener = c -> updateStates();

    @Override
    public void dispose() {
        getSkinnable().getHighlighted().removeListener(highlightListener);
        getSkinnable().getNoted().removeListener(notedListener);
        behavior.dispose();
        neededHeight.dispose();
        super.dispose();
    }

    private void invalidateData() {
        data = null;
        getSkinnable().requestLayout();
    }

    private void invalidateLayouts() {
        if (data != null) {
            data.tracks.forEach(t -> t.layout = null);
        }
        getSkinnable().requestLayout();
    }

    private void selectionChanged() {
        updateStates();
        getSkinnable().requestLayout();
    }

    private void focusChanged() {
        updateStates();
        getSkinnable().requestLayout();
    }

    private void updateStates() {
        if (data != null) {
            items.updateStates(getSkinnable().getSelectedEvent(), getSkinnable().getFocusedEvent(), getSkinnable().getHighlighted());
        }
    }

    // ---- sizes

    private boolean allMissions() {
        return getSkinnable().isAllMissions();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double lane = getSkinnable().getLaneHeight();
        if (allMissions()) {
            return top + bottom + PAD * 2 + AxisLayer.HEIGHT + Math.max(1, getSkinnable().getMissions().size()) * lane;
        }
        return top + bottom + BandLayer.STRIP + PAD * 2 + neededHeight.lanes() * lane + AxisLayer.HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        if (allMissions()) {
            int rows = Math.min(12, Math.max(1, getSkinnable().getMissions().size()));
            return top + bottom + PAD * 2 + AxisLayer.HEIGHT + rows * MIN_ROW;
        }
        return top + bottom + BandLayer.STRIP + PAD * 2 + 2 * getSkinnable().getLaneHeight() + AxisLayer.HEIGHT;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 600;
    }

    // ---- layout

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        TimelineView control = getSkinnable();
        content.resizeRelocate(x, y, width, height);
        prepareData();
        content.setVisible(true);
        // The control fits its view to new data before a layout pass; a layout only reads it.
        Viewport view = control.getViewport();
        if (view == null) {
            hideAll();
            return;
        }
        timeLeft = data.allMissions ? gutterWidth() : 0;
        double timeWidth = Math.max(1, width - timeLeft);
        if (trackLayouts.fitLabelsTo(timeWidth)) {
            data.tracks.forEach(t -> t.layout = null);
        }
        double axisY = Math.max(0, height - AxisLayer.HEIGHT);
        double laneHeight = control.getLaneHeight();
        int lanes;
        double lanesTop;
        boolean strip = !data.allMissions && !data.tracks.isEmpty() && !data.tracks.get(0).mandates.isEmpty();
        if (data.allMissions) {
            int rows = Math.max(1, data.tracks.size());
            double room = axisY - 2 * PAD;
            rowHeight = Math.max(MIN_ROW, Math.min(laneHeight * 1.5, room / rows));
            double overflow = rows * rowHeight - room;
            rowsBar.setVisible(overflow > 0);
            rowsBar.setMax(Math.max(0, overflow));
            rowsBar.setVisibleAmount(Math.max(1, room * overflow / (rows * rowHeight)));
            rowsTop = PAD - (overflow > 0 ? rowsBar.getValue() : 0);
            lanes = 1;
            lanesTop = rowsTop;
        } else {
            rowsBar.setVisible(false);
            lanesTop = (strip ? PAD + BandLayer.STRIP : 0) + PAD;
            lanes = Math.max(1, (int) ((axisY - PAD - lanesTop) / laneHeight));
        }
        double markerSize = data.allMissions ? Math.min(control.getMarkerSize(), rowHeight - 6) : control.getMarkerSize();
        double itemLane = data.allMissions ? rowHeight : laneHeight;
        neededHeight.update(data, timeWidth, labelWidths, markerSize);
        TrackLayouts.chooseFirst(data, control.getSelectedEvent(), control.getFocusedEvent());

        // The selected event is revealed by a pan, never a zoom: in a cluster, the cluster is named after it.
        TimeScale scale = view.scale(timeWidth);
        daysPerPixel = scale.daysPerPixel();
        ensureLayouts(daysPerPixel, lanes, markerSize, control.limits());

        bandsClip.setX(timeLeft);
        bandsClip.setWidth(timeWidth);
        bandsClip.setHeight(axisY);
        itemsClip.setX(timeLeft);
        itemsClip.setWidth(timeWidth);
        itemsClip.setHeight(axisY);
        axisClip.setX(timeLeft);
        axisClip.setWidth(timeWidth);
        axisClip.setHeight(AxisLayer.HEIGHT);
        bands.pane().resizeRelocate(0, 0, width, axisY);
        items.pane().resizeRelocate(0, 0, width, axisY);
        axis.layout(scale, timeLeft, width, axisY, data.allMissions ? 0 : lanesTop - PAD, texts.locale());

        BandLayer.Frame frame = new BandLayer.Frame(timeLeft, view.start(), daysPerPixel, width);
        if (data.allMissions) {
            bands.layoutRows(data.tracks, frame, rowsTop, rowHeight, timeLeft, control.getSelectedMission(), control.getFocusedMission());
            rowsBar.resizeRelocate(width - 12, 0, 12, axisY);
        } else {
            bands.layoutMission(data.tracks.isEmpty() ? null : data.tracks.get(0), frame, PAD, lanesTop - PAD, axisY);
        }
        double top = lanesTop;
        items.layout(frame, new ItemLayer.LaneGeometry() {
            @Override
            public double top(TimelineData.Track track) {
                return track.row < 0 ? top : rowsTop + track.row * rowHeight;
            }

            @Override
            public double laneHeight() {
                return itemLane;
            }
        }, data.allMissions ? Double.NaN : axisY, markerSize, control.getSelectedEvent(), control.getFocusedEvent(),
                control.getHighlighted(), labelWidths);
    }

    /** Nothing to show: no mission, no event, or no view yet (the control fits one before the next pass). */
    private void hideAll() {
        items.reset(data);
        content.setVisible(false);
    }

    /** The data drawn, made again when the control's data changed, its labels measured in the current font. */
    private void prepareData() {
        TimelineView control = getSkinnable();
        if (data == null || data.contents != control.contents()) {
            texts.setLocale(control.localeProperty().get());
            data = new TimelineData(control.contents(), control.isAllMissions(), texts);
            items.reset(data);
        }
        measureLabels();
    }

    /**
     * A new width changes the height the labels need: worked out and handed to the control as the width
     * changes, before the layout pass that follows, so that a window can size the timeline's pane in the
     * same pass. Other changes reach the control after their layout pass (see {@link NeededHeight}).
     */
    private void widthChanged() {
        TimelineView control = getSkinnable();
        double width = control.getWidth() - snappedLeftInset() - snappedRightInset();
        if (control.getViewport() == null || width <= 0) return;
        prepareData();
        double timeWidth = Math.max(1, width - (data.allMissions ? gutterWidth() : 0));
        if (trackLayouts.fitLabelsTo(timeWidth)) {
            data.tracks.forEach(t -> t.layout = null);
        }
        neededHeight.update(data, timeWidth, labelWidths, control.getMarkerSize());
        neededHeight.publish();
    }

    /** Label widths follow the events' font, read from CSS on a hidden node. */
    private void measureLabels() {
        probe.applyCss();
        Font font = probe.labelFont();
        if (labelWidths == null || !labelWidths.font().equals(font)) {
            labelWidths = new TextWidths(font);
        }
        if (data.measure(labelWidths)) {
            data.tracks.forEach(t -> t.layout = null);
        }
    }

    private double gutterWidth() {
        double widest = 0;
        for (Mission m : data.missions) {
            widest = Math.max(widest, labelWidths.width(m.acronym().in(texts.locale())));
        }
        return Math.ceil(widest) + 20;
    }

    private void ensureLayouts(double daysPerPixel, int lanes, double markerSize, ViewLimits limits) {
        for (TimelineData.Track t : data.tracks) {
            if (t.layout == null || t.lanes != lanes || Math.abs(t.layoutDaysPerPixel / daysPerPixel - 1) > 1e-9) {
                layout(t, daysPerPixel, lanes, markerSize, limits);
            }
        }
    }

    private void layout(TimelineData.Track t, double daysPerPixel, int lanes, double markerSize, ViewLimits limits) {
        trackLayouts.layout(data, t, labelWidths, daysPerPixel, lanes, markerSize, limits, getSkinnable().getToday());
    }

    // ---- for the behaviour and the control

    /** The day at an x of the control. */
    double dayAt(double x) {
        Viewport view = getSkinnable().getViewport();
        return view == null ? 0 : view.start() + (x - content.getLayoutX() - timeLeft) * daysPerPixel;
    }

    double daysPerPixel() {
        return daysPerPixel;
    }

    /** Scrolls the mission rows when they overflow; false when there is nothing to scroll. */
    boolean scrollRows(double dy) {
        if (!allMissions() || !rowsBar.isVisible()) return false;
        rowsBar.setValue(Math.max(0, Math.min(rowsBar.getMax(), rowsBar.getValue() + dy)));
        return true;
    }

    Node nodeOf(TimelineEvent e) {
        return data == null ? null : items.nodeOf(data.indexOf(e));
    }

    private void openCluster(ClusterNode node) {
        TimelineView control = getSkinnable();
        ClusterNode.Range r = node.range();
        TimelineData.Track track = data.tracks.get(r.track());
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (int local = r.from(); local < r.to(); local++) {
            Extent x = track.extents[local];
            from = Math.min(from, x.start());
            to = Math.max(to, Math.max(x.end(), x.start() + 1));
        }
        Viewport view = control.getViewport();
        if (control.limits().canZoomIn(view)) {
            // At least twice as close, so every click opens the cluster further.
            double span = Math.min(to - from, view.span() / (2 * (1 + 2 * ViewLimits.MARGIN)));
            double mid = (from + to) / 2;
            control.fit(Math.max(from, mid - span / 2), Math.min(to, mid + span / 2));
            return;
        }
        // As close as the timeline goes and still together: they happened the same day. Offer them by name.
        ContextMenu menu = new ContextMenu();
        for (int local = r.from(); local < r.to(); local++) {
            TimelineEvent e = data.event(track.event(local));
            MenuItem item = new MenuItem(texts.date(e) + " · " + texts.title(e));
            item.setMnemonicParsing(false);
            item.setOnAction(a -> control.open(e));
            menu.getItems().add(item);
        }
        menu.show(node, Side.BOTTOM, 0, 0);
    }

    private String describeCluster(ClusterNode node) {
        ClusterNode.Range r = node.range();
        TimelineData.Track track = data.tracks.get(r.track());
        TimelineView control = getSkinnable();
        return texts.cluster(data.event(track.event(r.from())), data.event(track.event(r.to() - 1)), r.count(),
                control.limits().canZoomIn(control.getViewport()));
    }

    /** The events shown on their own, for tests and accessibility. */
    List<EventNode> eventNodes() {
        return items.eventNodes();
    }

    List<ClusterNode> clusterNodes() {
        return items.clusterNodes();
    }

    AxisLayer axis() {
        return axis;
    }

    BandLayer bands() {
        return bands;
    }
}
