package org.missionreader.ui.timeline;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

/**
 * A count standing for events too close together to read at this zoom; a click zooms in on them (or,
 * at the closest zoom, offers them in a menu). Reused like the event nodes.
 */
final class ClusterNode extends Label {

    /** Which events a cluster stands for: a range of one track's events in time order. */
    record Range(int track, int from, int to) {
        int count() {
            return to - from;
        }
    }

    private final Tooltip tooltip = new Tooltip();
    private final Consumer<ClusterNode> open;
    private Range range;

    /** A cluster node: {@code open} zooms in on it, {@code describe} says what it holds (for its tooltip). */
    ClusterNode(Consumer<ClusterNode> open, Function<ClusterNode, String> describe) {
        this.open = open;
        getStyleClass().add("timeline-cluster");
        setAlignment(Pos.CENTER);
        setMinWidth(0);
        setAccessibleRole(AccessibleRole.BUTTON);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setOnShowing(e -> tooltip.setText(describe.apply(this)));
        Tooltip.install(this, tooltip);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                open.accept(this);
            }
        });
    }

    Range range() {
        return range;
    }

    void show(Range range, String accessibleText) {
        this.range = range;
        setText(Integer.toString(range.count()));
        setAccessibleText(accessibleText);
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
