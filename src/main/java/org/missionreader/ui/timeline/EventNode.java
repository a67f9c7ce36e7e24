package org.missionreader.ui.timeline;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.geometry.VPos;
import javafx.util.Duration;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Extent;

/**
 * One event on the timeline: its marker (a diamond for a day, a bar over the days it may cover) and its
 * label, placed by the skin. Reused for other events as the view moves: {@link #show} fills it in.
 */
final class EventNode extends Region {

    private final Region marker = new Region();
    /** The small mark of an event whose documents have the reader's notes. */
    private final Region noteMark = new Region();
    private final Text label = new Text();
    private final Tooltip tooltip = new Tooltip();
    private TimelineEvent event;
    /** Where the marker and the label are, in the node's x; the label's is null until placed for this event. */
    private ItemPlace.Stretch markerPlace = ItemPlace.Stretch.NONE;
    private ItemPlace.Stretch labelPlace;
    private String kindClass;
    private String title;
    private TextWidths widths;
    private final Consumer<TimelineEvent> open;

    EventNode(TimelineTexts texts, Consumer<TimelineEvent> open) {
        getStyleClass().add("timeline-event");
        marker.getStyleClass().add("event-marker");
        marker.setMouseTransparent(true);
        label.getStyleClass().add("event-label");
        label.setTextOrigin(VPos.CENTER);
        label.setMouseTransparent(true);
        noteMark.getStyleClass().add("event-note-mark");
        noteMark.setMouseTransparent(true);
        noteMark.setVisible(false);
        noteMark.setManaged(false);
        getChildren().addAll(marker, label, noteMark);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // Written when about to show, so nodes moving past during a pan cost nothing.
        tooltip.setOnShowing(e -> tooltip.setText(event == null ? "" : texts.tooltip(event)));
        Tooltip.install(this, tooltip);
        this.open = open;
        // A press that turned into a drag pans the view: only a still click opens.
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && event != null) {
                open.accept(event);
            }
        });
    }

    /** The font labels are drawn in, as CSS gives it. */
    Font labelFont() {
        applyCss();
        return label.getFont();
    }

    /** The words shown, perhaps shortened with an ellipsis, unless covered: for tests. */
    String shownLabel() {
        return label.isVisible() && label.getOpacity() > 0 ? label.getText() : "";
    }

    /** The marker, for tests. */
    Region markerNode() {
        return marker;
    }

    /** The note mark, for tests. */
    Region noteMarkNode() {
        return noteMark;
    }

    /** Shows whether the event's documents have the reader's notes. */
    void showNoted(boolean noted) {
        pseudoClassStateChanged(TimelineStates.NOTED, noted);
        noteMark.setVisible(noted);
    }

    /** The label, for tests. */
    Text labelNode() {
        return label;
    }

    TimelineEvent event() {
        return event;
    }

    /** Empties the node when it is put aside, so no stale event can be found on it. */
    void clear() {
        event = null;
        setUserData(null);
        setAccessibleText(null);
    }

    /** Fills the node in for an event. */
    void show(TimelineEvent event, Extent.Kind kind, String title, String accessibleText) {
        this.event = event;
        setUserData(event);
        this.title = title;
        this.labelPlace = null;
        setAccessibleText(accessibleText);
        String kindName = "kind-" + kind.name().toLowerCase(Locale.ROOT);
        if (!kindName.equals(kindClass)) {
            if (kindClass != null) getStyleClass().remove(kindClass);
            getStyleClass().add(kindName);
            kindClass = kindName;
        }
        pseudoClassStateChanged(TimelineStates.HAS_DOCUMENT, !event.documentIds().isEmpty());
    }

    /**
     * Places the node and its parts (their x in the node's own coordinates); a label width of zero or less
     * hides the label, a narrower one than its title ends it with an ellipsis.
     */
    void place(ItemPlace place, TextWidths widths) {
        ItemPlace.Stretch newLabel = place.label();
        if (labelPlace == null || newLabel.width() != labelPlace.width() || widths != this.widths) {
            label.setText(newLabel.width() > 0 ? widths.fit(title, newLabel.width()) : "");
            this.widths = widths;
        }
        boolean inside = !place.marker().equals(markerPlace) || !newLabel.equals(labelPlace);
        markerPlace = place.marker();
        labelPlace = newLabel;
        label.setVisible(newLabel.width() > 0);
        ItemPlace.Box box = place.box();
        resizeRelocate(box.x(), box.y(), box.width(), box.height());
        if (inside) {
            // A move alone needs no layout of the parts; a change inside does.
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double height = getHeight();
        boolean point = kindClass != null && kindClass.equals("kind-point");
        double markerHeight = Math.min(height, point ? markerPlace.width() : Math.max(6, height * 0.5));
        marker.resizeRelocate(markerPlace.x(), (height - markerHeight) / 2, markerPlace.width(), markerHeight);
        // The note mark sits on the marker's top right corner, as a badge.
        double mark = Math.max(5, Math.round(markerHeight * 0.55));
        noteMark.resizeRelocate(markerPlace.x() + markerPlace.width() - mark / 2, (height - markerHeight) / 2 - mark / 2, mark, mark);
        if (labelPlace != null && labelPlace.width() > 0) {
            // A label left of its marker ends beside it, whatever the text's own width.
            boolean before = labelPlace.end() <= markerPlace.x() + 0.5;
            label.setLayoutX(before ? labelPlace.end() - label.getLayoutBounds().getWidth() : labelPlace.x());
            label.setLayoutY(Math.round(height / 2));
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE && event != null) {
            open.accept(event);
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.SELECTED) {
            return getPseudoClassStates().contains(TimelineStates.SELECTED);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
