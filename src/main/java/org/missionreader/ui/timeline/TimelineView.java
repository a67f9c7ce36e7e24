package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.ViewLimits;
import org.missionreader.timeline.Viewport;

/**
 * A timeline of library events that readers can explore: zoom (Ctrl+scroll, pinch, + and -), pan (drag,
 * scroll, Shift+arrows), dates drawn as precisely as they are known, the missions' lifetimes and mandate
 * periods behind, events stacked in lanes or gathered into clusters, and, in the all-missions layout, one
 * lane per mission. Usable on its own: give it missions and events; it reports the event the user opens
 * through {@link #setOnOpen}. Styled by {@code timeline.css}; lane height and marker size are CSS
 * properties ({@code -timeline-lane-height}, {@code -timeline-marker-size}).
 */
public class TimelineView extends Control {

    /** How much the + and - keys and buttons zoom. */
    public static final double ZOOM_STEP = 2;

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Mission> missions = FXCollections.observableArrayList();
    private final ObservableSet<TimelineEvent> highlighted = FXCollections.observableSet();
    private final ObservableSet<TimelineEvent> noted = FXCollections.observableSet();
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Mission> selectedMission = new SimpleObjectProperty<>(this, "selectedMission");
    private final BooleanProperty allMissions = new SimpleBooleanProperty(this, "allMissions");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<TimelineEvent> focusedEvent = new ReadOnlyObjectWrapper<>(this, "focusedEvent");
    private final ReadOnlyObjectWrapper<Mission> focusedMission = new ReadOnlyObjectWrapper<>(this, "focusedMission");
    private final ReadOnlyDoubleWrapper neededHeight = new ReadOnlyDoubleWrapper(this, "neededHeight", 0);
    private final ObjectProperty<Consumer<TimelineEvent>> onOpen = new SimpleObjectProperty<>(this, "onOpen", e -> { });
    /** What the data comes to; null when it changed since, until asked for again. */
    private TimelineContents contents;

    private final DoubleProperty laneHeight = new SimpleStyleableDoubleProperty(TimelineCss.LANE_HEIGHT, this, "laneHeight", 22.0);
    private final DoubleProperty markerSize = new SimpleStyleableDoubleProperty(TimelineCss.MARKER_SIZE, this, "markerSize", 12.0);

    public TimelineView() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        InvalidationListener dataChanged = o -> {
            contents = null;
            if (viewport.get() != null) {
                viewport.set(limits().clamp(viewport.get()));
            }
        };
        events.addListener(dataChanged);
        missions.addListener(dataChanged);
        allMissions.addListener(dataChanged);
        today.addListener(dataChanged);
        selectedEvent.addListener((obs, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM));
        focusedEvent.addListener((obs, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM));
        // The keyboard focus of the all-missions rows is the timeline's own: it starts again with new data.
        InvalidationListener forgetFocus = o -> focus(null, null);
        events.addListener(forgetFocus);
        missions.addListener(forgetFocus);
        allMissions.addListener(forgetFocus);
        selectedEvent.addListener(forgetFocus);
        selectedMission.addListener(forgetFocus);
        // The view is the control's own: it follows the selection, and fits new data until something sets it.
        selectedEvent.addListener((obs, old, now) -> reveal(now));
        new FitUntilSet(this);
    }

    /** Fits the view to all the data if nothing has set a view yet and there is data to show (see {@link FitUntilSet}). */
    void fitIfUnset() {
        if (viewport.get() == null && getWidth() > 0 && !contents().isEmpty()) {
            fitAll();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    // ---- commands

    /** Opens an event: selects it and tells the listener given to {@link #setOnOpen}. */
    public void open(TimelineEvent event) {
        setSelectedEvent(event);
        if (event != null) {
            onOpen.get().accept(event);
        }
    }

    /** Zooms by a factor (above 1 zooms in) keeping a day where it is on screen, within the limits. */
    public void zoom(double factor, double anchorDay) {
        Viewport view = currentViewport();
        if (view != null) {
            viewport.set(limits().zoom(view, factor, anchorDay));
        }
    }

    /** Zooms in on the selected event if it is in view, else on the middle. */
    public void zoomIn() {
        zoom(ZOOM_STEP, zoomAnchor());
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, zoomAnchor());
    }

    /** Moves the view by a number of days (negative: back in time), keeping data in sight. */
    public void pan(double days) {
        Viewport view = currentViewport();
        if (view != null) {
            viewport.set(limits().pan(view, days));
        }
    }

    /** Shows the selected mission's lifetime and events (all the data if none). */
    public void fitMission() {
        Viewport v = missionViewport();
        if (v == null) {
            fitAll();
            return;
        }
        viewport.set(v);
    }

    /** The view {@link #fitMission()} shows: the selected mission's lifetime and events; null without one. */
    public Viewport missionViewport() {
        Mission m = getSelectedMission() != null ? getSelectedMission() : missions.size() == 1 ? missions.get(0) : null;
        return m == null ? null : contents().missionViewport(m);
    }

    /** Shows everything the timeline holds. */
    public void fitAll() {
        viewport.set(limits().fitAll());
    }

    /** Shows a stretch of days (end exclusive), within the limits. */
    public void fit(double fromDay, double toDay) {
        viewport.set(limits().fit(fromDay, toDay));
    }

    /** Sets the view, brought within the limits. */
    public void setViewport(Viewport view) {
        viewport.set(view == null ? null : limits().clamp(view));
    }

    /** Pans the least needed to bring an event into view; one already in view (a click) stays put. */
    public void reveal(TimelineEvent event) {
        Viewport view = currentViewport();
        if (event == null || view == null) return;
        Extent x = Extent.of(event);
        double end = x.isPoint() ? x.start() : Math.min(x.end(), x.start() + view.span() * 0.8);
        if (view.contains(x.start()) && view.contains(end)) return;
        Viewport shown = view.revealing(x.start(), end, 0.08);
        if (shown != view) {
            viewport.set(limits().clamp(shown));
        }
    }

    /** Selects the event after the selected one in time order (the first if none is selected). */
    public void selectNext(int step) {
        List<TimelineEvent> list = eventsInTimeOrder();
        if (list.isEmpty()) return;
        int index = list.indexOf(getSelectedEvent());
        int next = index < 0 ? (step > 0 ? 0 : list.size() - 1) : Math.max(0, Math.min(list.size() - 1, index + step));
        setSelectedEvent(list.get(next));
    }

    private double zoomAnchor() {
        Viewport view = currentViewport();
        TimelineEvent selected = getSelectedEvent();
        if (selected != null && view != null) {
            double day = Extent.of(selected).start();
            if (view.contains(day)) return day;
        }
        return view == null ? 0 : view.center();
    }

    private Viewport currentViewport() {
        if (viewport.get() == null && !contents().isEmpty()) {
            fitAll();
        }
        return viewport.get();
    }

    // ---- derived data

    /** The events in time order, as the arrow keys step through them. */
    public List<TimelineEvent> eventsInTimeOrder() {
        return contents().inTimeOrder();
    }

    /** How far the view may zoom and pan: from one day across to all the data with a margin. */
    public ViewLimits limits() {
        return contents().limits();
    }

    /** The data in time order and the limits, worked out once per change of the data. */
    TimelineContents contents() {
        if (contents == null) {
            contents = new TimelineContents(events, missions, getToday());
        }
        return contents;
    }

    // ---- properties

    public ObservableList<TimelineEvent> getEvents() {
        return events;
    }

    /** The missions drawn: their lifetimes and mandates behind the events, or one lane each in the all-missions layout. */
    public ObservableList<Mission> getMissions() {
        return missions;
    }

    /** Events drawn as linked to what the reader shows (the open document's events). */
    public ObservableSet<TimelineEvent> getHighlighted() {
        return highlighted;
    }

    /** The events marked as noted (one of their documents has the reader's notes): {@code :noted}, and a small mark. */
    public ObservableSet<TimelineEvent> getNoted() {
        return noted;
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent event) {
        selectedEvent.set(event);
    }

    public ObjectProperty<Mission> selectedMissionProperty() {
        return selectedMission;
    }

    public Mission getSelectedMission() {
        return selectedMission.get();
    }

    public void setSelectedMission(Mission mission) {
        selectedMission.set(mission);
    }

    /** One lane per mission on a shared axis, instead of one mission's events in stacked lanes. */
    public BooleanProperty allMissionsProperty() {
        return allMissions;
    }

    public boolean isAllMissions() {
        return allMissions.get();
    }

    public void setAllMissions(boolean all) {
        allMissions.set(all);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The day ongoing missions reach; today unless set (tests fix it). */
    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public void setToday(LocalDate day) {
        today.set(day);
    }

    public LocalDate getToday() {
        return today.get() == null ? LocalDate.now() : today.get();
    }

    /** The stretch of time shown; null until there is data to show. */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /**
     * In the all-missions layout, the event the arrow keys are on: shown as focused, opened by Enter, but
     * not selected, so moving through the rows changes neither the mission nor the document open.
     */
    public ReadOnlyObjectProperty<TimelineEvent> focusedEventProperty() {
        return focusedEvent.getReadOnlyProperty();
    }

    public TimelineEvent getFocusedEvent() {
        return focusedEvent.get();
    }

    /** In the all-missions layout, the mission row the arrow keys are on (Up and Down move it). */
    public ReadOnlyObjectProperty<Mission> focusedMissionProperty() {
        return focusedMission.getReadOnlyProperty();
    }

    public Mission getFocusedMission() {
        return focusedMission.get();
    }

    /** Moves the keyboard focus of the all-missions rows; the selection stays. */
    void focus(Mission mission, TimelineEvent event) {
        focusedMission.set(mission);
        focusedEvent.set(event);
    }

    /**
     * The height, padding included, at which the timeline shows the lanes its events need to carry their
     * labels when fitted to the mission (all the rows in the all-missions layout), at its current width.
     * A window can size its pane from it; it changes with the data, the width, the font and the language.
     */
    public ReadOnlyDoubleProperty neededHeightProperty() {
        return neededHeight.getReadOnlyProperty();
    }

    public double getNeededHeight() {
        return neededHeight.get();
    }

    void setNeededHeight(double height) {
        neededHeight.set(height);
    }

    public ObjectProperty<Consumer<TimelineEvent>> onOpenProperty() {
        return onOpen;
    }

    public void setOnOpen(Consumer<TimelineEvent> action) {
        onOpen.set(action == null ? e -> { } : action);
    }

    /** The height of a lane of events, in pixels ({@code -timeline-lane-height}). */
    public DoubleProperty laneHeightProperty() {
        return laneHeight;
    }

    public double getLaneHeight() {
        return laneHeight.get();
    }

    /** The size of a day event's marker, in pixels ({@code -timeline-marker-size}). */
    public DoubleProperty markerSizeProperty() {
        return markerSize;
    }

    public double getMarkerSize() {
        return markerSize.get();
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM && getSkin() instanceof TimelineSkin skin) {
            return skin.nodeOf(getFocusedEvent() != null ? getFocusedEvent() : getSelectedEvent());
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    // ---- CSS

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
