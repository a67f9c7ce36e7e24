package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.missionreader.library.TimelineEvent;

/**
 * A horizontal timeline of events over a time range, with an optional band for a mission's life.
 * Usable on its own: give it events and a range; it reports the event the user opens through
 * {@link #setOnOpen}. Styled by {@code timeline.css}.
 */
public class TimelineView extends Control {

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableSet<TimelineEvent> highlighted = FXCollections.observableSet();
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LocalDate> rangeStart = new SimpleObjectProperty<>(this, "rangeStart");
    private final ObjectProperty<LocalDate> rangeEnd = new SimpleObjectProperty<>(this, "rangeEnd");
    private final ObjectProperty<LocalDate> bandStart = new SimpleObjectProperty<>(this, "bandStart");
    private final ObjectProperty<LocalDate> bandEnd = new SimpleObjectProperty<>(this, "bandEnd");
    private final StringProperty bandLabel = new SimpleStringProperty(this, "bandLabel");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final ObjectProperty<Consumer<TimelineEvent>> onOpen = new SimpleObjectProperty<>(this, "onOpen", e -> { });

    public TimelineView() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    /** Opens an event: selects it and tells the listener given to {@link #setOnOpen}. */
    public void open(TimelineEvent event) {
        setSelectedEvent(event);
        if (event != null) {
            onOpen.get().accept(event);
        }
    }

    public ObservableList<TimelineEvent> getEvents() {
        return events;
    }

    /** Events drawn as linked to what the reader shows (the open document's events). */
    public ObservableSet<TimelineEvent> getHighlighted() {
        return highlighted;
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

    public ObjectProperty<LocalDate> rangeStartProperty() {
        return rangeStart;
    }

    public ObjectProperty<LocalDate> rangeEndProperty() {
        return rangeEnd;
    }

    public ObjectProperty<LocalDate> bandStartProperty() {
        return bandStart;
    }

    public ObjectProperty<LocalDate> bandEndProperty() {
        return bandEnd;
    }

    public StringProperty bandLabelProperty() {
        return bandLabel;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ObjectProperty<Consumer<TimelineEvent>> onOpenProperty() {
        return onOpen;
    }

    public void setOnOpen(Consumer<TimelineEvent> action) {
        onOpen.set(action == null ? e -> { } : action);
    }
}
