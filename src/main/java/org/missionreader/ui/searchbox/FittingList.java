package org.missionreader.ui.searchbox;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A list as tall as its items, up to {@code maxRows} height: a list of one hit is one hit high, with no
 * empty rows under it; a longer one stops at the most height and scrolls. Each cell's height is known only
 * once laid out (snippets wrap), so the list measures the cells it laid out and fits itself to them.
 */
final class FittingList<T> extends ListView<T> {

    private final double most;

    FittingList(double most) {
        this.most = most;
        setPrefHeight(most);
        getItems().addListener((javafx.collections.ListChangeListener<T>) c -> setPrefHeight(most));
        // The flow places its cells in its own layout, after the list's: measure once the whole scene is laid out.
        Runnable fit = this::fit;
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) old.removePostLayoutPulseListener(fit);
            if (now != null) now.addPostLayoutPulseListener(fit);
        });
    }

    private void fit() {
        if (!isVisible()) return;
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || getItems().isEmpty()) return;
        IndexedCell<?> last = flow.getLastVisibleCell();
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (last == null || first == null) return;
        double wanted = most;
        if (first.getIndex() == 0 && last.getIndex() == getItems().size() - 1) {
            // Every item is shown: the content's height, and the list's borders and padding around it.
            double content = last.getLayoutY() + last.getHeight() - first.getLayoutY();
            double frame = getHeight() - flow.getHeight();
            wanted = Math.min(most, Math.ceil(content + Math.max(0, frame)));
        }
        if (Math.abs(wanted - getPrefHeight()) > 0.5) {
            setPrefHeight(wanted);
        }
    }

    /** The greatest height the list takes. */
    double most() {
        return most;
    }
}
