package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a reader sees of the labels in a scene: the text each shows, and whether any is cut. */
public final class Shown {

    private Shown() {
    }

    /** What a label shows of its text: its text node's, which ends with the ellipsis when cut. */
    public static String displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) return text.getText();
        }
        return "";
    }

    /** Every labeled control shown under the given node, with text. */
    public static List<Labeled> labeleds(Node root) {
        List<Labeled> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Labeled> found) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) found.add(l);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) collect(child, found);
        }
    }

    /** No label shown under the nodes is cut, but those with the given style class (null: none spared). */
    public static void assertNoneCut(Iterable<? extends Node> roots, String spared) {
        for (Node root : roots) {
            for (Labeled l : labeleds(root)) {
                if (spared != null && l.getStyleClass().contains(spared.substring(1))) continue;
                assertEquals(l.getText(), displayed(l), () -> "cut: " + l.getText() + " in " + l.getWidth() + " px");
            }
        }
    }
}
