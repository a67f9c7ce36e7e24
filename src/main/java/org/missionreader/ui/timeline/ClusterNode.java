package org.missionreader.ui.timeline;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.missionreader.library.TimelineEvent;

/**
 * Events too close together to read at this zoom: a badge over the days they cover and, where there is
 * room, the title of the most important of them with how many more ("Accord … +4"); without room, the
 * badge shows their count. A click zooms in on them (or, at the closest zoom, offers them in a menu).
 * Reused like the event nodes.
 */
final class ClusterNode extends Region {

    /** Which events a cluster stands for: a range of one track's events in time order. */
    record Range(int track, int from, int to) {
        int count() {
            return to - from;
        }
    }

    private final Label badge = new Label();
    private final Text label = new Text();
    private final Tooltip tooltip = new Tooltip();
    private Range range;
    private TimelineEvent named;
    /** Where the badge and the label are, in the node's x; the label's is NONE without a label. */
    private ItemPlace.Stretch markerPlace = ItemPlace.Stretch.NONE;
    private ItemPlace.Stretch labelPlace = ItemPlace.Stretch.NONE;

    /** A cluster node: {@code open} zooms in on it, {@code describe} says what it holds (for its tooltip). */
    ClusterNode(Consumer<ClusterNode> open, Function<ClusterNode, String> describe) {
        getStyleClass().add("timeline-cluster");
        badge.getStyleClass().add("cluster-badge");
        badge.setAlignment(Pos.CENTER);
        badge.setMinWidth(0);
        badge.setMouseTransparent(true);
        label.getStyleClass().add("cluster-label");
        label.setTextOrigin(VPos.CENTER);
        label.setMouseTransparent(true);
        getChildren().addAll(badge, label);
        setAccessibleRole(AccessibleRole.BUTTON);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setOnShowing(e -> tooltip.setText(describe.apply(this)));
        Tooltip.install(this, tooltip);
        this.open = open;
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                open.accept(this);
            }
        });
    }

    private final Consumer<ClusterNode> open;

    Range range() {
        return range;
    }

    /** The count on the badge; empty when the label names the cluster. */
    String getText() {
        return badge.getText();
    }

    /** The words shown beside the badge, for tests. */
    String shownLabel() {
        return label.isVisible() ? label.getText() : "";
    }

    /** The event whose title the label shows (the cluster's most important), or null without a label. */
    TimelineEvent namedEvent() {
        return label.isVisible() ? named : null;
    }

    /** The badge, for tests. */
    Region markerNode() {
        return badge;
    }

    /** The label, for tests. */
    Text labelNode() {
        return label;
    }

    void show(Range range, String accessibleText) {
        this.range = range;
        setAccessibleText(accessibleText);
    }

    /**
     * Places the node: x and widths in its own coordinates; {@code text} beside the badge (its title part
     * already shortened to fit), or none, in which case the badge shows the count.
     */
    void place(ItemPlace place, String text, TimelineEvent named) {
        this.named = named;
        boolean labelled = text != null && !text.isEmpty() && place.label().width() > 0;
        badge.setText(labelled ? "" : Integer.toString(range.count()));
        label.setText(labelled ? text : "");
        label.setVisible(labelled);
        markerPlace = place.marker();
        labelPlace = labelled ? place.label() : ItemPlace.Stretch.NONE;
        ItemPlace.Box box = place.box();
        resizeRelocate(box.x(), box.y(), box.width(), box.height());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        badge.resizeRelocate(markerPlace.x(), 1, markerPlace.width(), Math.max(1, getHeight() - 2));
        if (labelPlace.width() > 0) {
            // A label left of its marker ends beside it, whatever the text's own width.
            boolean before = labelPlace.end() <= markerPlace.x() + 0.5;
            label.setLayoutX(before ? labelPlace.end() - label.getLayoutBounds().getWidth() : labelPlace.x());
            label.setLayoutY(Math.round(getHeight() / 2));
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open.accept(this);
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
