package org.missionreader.ui.timeline;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The states the timeline's parts take, as CSS pseudo-classes ({@code timeline.css} selects them, e.g.
 * {@code .timeline-event:selected}), so the style classes name only what a part is.
 */
final class TimelineStates {

    /** The selected event (or the cluster holding it), the chosen mission's row and name. */
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** An event linked to the open document, or a cluster holding one. */
    static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    /**
     * Under the keyboard focus of the all-missions rows (the control's focus item), which selects nothing;
     * not {@code :focused}, which is the focus owner's.
     */
    static final PseudoClass FOCUS_ITEM = PseudoClass.getPseudoClass("focus-item");
    /** An event with documents to open. */
    static final PseudoClass HAS_DOCUMENT = PseudoClass.getPseudoClass("has-document");
    /** An event one of whose documents has the reader's notes, or a cluster holding one. */
    static final PseudoClass NOTED = PseudoClass.getPseudoClass("noted");
    /** Mandate periods alternate. */
    static final PseudoClass EVEN = PseudoClass.getPseudoClass("even");
    static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    /** The mandate separators drawn as notches in the all-missions rows' bars. */
    static final PseudoClass IN_ROWS = PseudoClass.getPseudoClass("in-rows");

    private TimelineStates() {
    }

    /** Shows whether an item or a row is selected, linked to the open document, under the keyboard focus. */
    static void show(Node node, boolean selected, boolean linked, boolean focusItem) {
        node.pseudoClassStateChanged(SELECTED, selected);
        node.pseudoClassStateChanged(LINKED, linked);
        node.pseudoClassStateChanged(FOCUS_ITEM, focusItem);
    }

    /** Shows a mandate period's place in the alternation, or neither for another band. */
    static void showParity(Node node, PseudoClass parity) {
        node.pseudoClassStateChanged(EVEN, parity == EVEN);
        node.pseudoClassStateChanged(ODD, parity == ODD);
    }
}
