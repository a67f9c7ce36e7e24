package org.missionreader.ui.timeline;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Nodes for what is visible, reused from one layout to the next: a thing still visible keeps its node
 * (only moved), a thing coming into view takes a node another has left, and nodes left over are hidden
 * and, beyond a small reserve, removed, so the node count follows what is visible.
 */
final class NodePool<K, N extends Node> {

    private static final int RESERVE = 8;

    private final Pane parent;
    private final Supplier<N> factory;
    private final Consumer<N> release;
    private final ArrayDeque<N> free = new ArrayDeque<>();
    private Map<K, N> shown = new HashMap<>();
    private Map<K, N> next = new HashMap<>();

    /** A pool adding its nodes to a parent; {@code release} clears a node left over, so it shows nothing stale. */
    NodePool(Pane parent, Supplier<N> factory, Consumer<N> release) {
        this.parent = parent;
        this.factory = factory;
        this.release = release;
    }

    /** Starts a layout: every node is up for reuse until claimed again. */
    void begin() {
        next.clear();
    }

    /** The node of a thing already shown, or null if it needs one. */
    N kept(K key) {
        N node = shown.remove(key);
        if (node != null) {
            next.put(key, node);
        }
        return node;
    }

    /**
     * A node for a thing coming into view; the caller fills it in. Call after {@link #kept} for everything
     * visible, so that the nodes of things that just left the view are the ones handed down.
     */
    N take(K key) {
        N node = null;
        var it = shown.entrySet().iterator();
        if (it.hasNext()) {
            node = it.next().getValue();
            it.remove();
        }
        if (node == null) {
            node = free.poll();
        }
        if (node == null) {
            node = factory.get();
            node.setManaged(false);
            parent.getChildren().add(node);
            // Styled now, in the layout that made it: the frame being laid out draws it whole, with no
            // second pulse to style it and no frame where its marker is missing.
            node.applyCss();
        }
        node.setVisible(true);
        next.put(key, node);
        return node;
    }

    /** Ends a layout: nodes not claimed are hidden, and the surplus beyond the reserve removed. */
    void end() {
        for (N node : shown.values()) {
            node.setVisible(false);
            release.accept(node);
            free.push(node);
        }
        shown.clear();
        int surplus = free.size() - Math.max(RESERVE, next.size() / 8);
        for (int i = 0; i < surplus; i++) {
            parent.getChildren().remove(free.pollLast());
        }
        Map<K, N> swap = shown;
        shown = next;
        next = swap;
    }

    /** Forgets which node shows what, so each is filled in again (the things changed). */
    void reset() {
        for (N node : shown.values()) {
            node.setVisible(false);
            release.accept(node);
            free.push(node);
        }
        shown.clear();
    }

    Map<K, N> shown() {
        return shown;
    }
}
