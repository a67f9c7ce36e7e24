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
    private final Text label = new Text();
    private final Tooltip tooltip = new Tooltip();
    private TimelineEvent event;
    private double markerX;
    private double markerW;
    private double labelX;
    private double labelW;
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
        getChildren().addAll(marker, label);
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
        this.labelW = -1;
        setAccessibleText(accessibleText);
        String kindName = "kind-" + kind.name().toLowerCase(Locale.ROOT);
        if (!kindName.equals(kindClass)) {
            if (kindClass != null) getStyleClass().remove(kindClass);
            getStyleClass().add(kindName);
            kindClass = kindName;
        }
        TimelineSkin.setClass(this, "has-document", !event.documentIds().isEmpty());
    }

    /**
     * Places the node and its parts: x and widths in the node's own coordinates; a label width of zero
     * or less hides the label, a narrower one than its title ends it with an ellipsis.
     */
    void place(double x, double y, double width, double height, double markerX, double markerW, double labelX, double labelW,
               TextWidths widths) {
        if (labelW != this.labelW || widths != this.widths) {
            label.setText(labelW > 0 ? widths.fit(title, labelW) : "");
            this.widths = widths;
        }
        boolean inside = markerX != this.markerX || markerW != this.markerW || labelX != this.labelX || labelW != this.labelW;
        this.markerX = markerX;
        this.markerW = markerW;
        this.labelX = labelX;
        this.labelW = labelW;
        label.setVisible(labelW > 0);
        resizeRelocate(x, y, width, height);
        if (inside) {
            // A move alone needs no layout of the parts; a change inside does.
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double mh = Math.min(h, kindClass != null && kindClass.equals("kind-point") ? markerW : Math.max(6, h * 0.5));
        marker.resizeRelocate(markerX, (h - mh) / 2, markerW, mh);
        if (labelW > 0) {
            // A label left of its marker ends beside it, whatever the text's own width.
            boolean before = labelX + labelW <= markerX + 0.5;
            label.setLayoutX(before ? labelX + labelW - label.getLayoutBounds().getWidth() : labelX);
            label.setLayoutY(Math.round(h / 2));
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
            return getStyleClass().contains("selected");
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
