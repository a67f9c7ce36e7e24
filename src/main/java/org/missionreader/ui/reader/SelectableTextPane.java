package org.missionreader.ui.reader;

import org.missionreader.ui.application.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.HitInfo;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A column of text blocks (title, paragraphs...) set with full typography, where the reader can select
 * text across blocks with the mouse or Ctrl+A and copy it with Ctrl+C or the context menu. JavaFX's
 * {@link TextFlow} draws text well but cannot select; this adds the selection on top of its hit-testing
 * and range shapes. Other nodes (links, rules) can sit between the blocks; they are not selected.
 * As in any viewer, a double-click selects a word and a triple-click a block, a drag after them extends
 * by words or blocks, and the selection is also the X11 primary selection (see {@link PrimarySelection}).
 */
public class SelectableTextPane extends VBox {

    /** Where a selection end lies: a block and a character offset in it. */
    private record Position(int block, int offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return block != o.block ? Integer.compare(block, o.block) : Integer.compare(offset, o.offset);
        }
    }

    /** What a press selects and a drag after it extends by: characters, words (double-click) or blocks (triple). */
    private enum Unit { CHARACTER, WORD, BLOCK }

    /** A run of characters to mark in a block (a search hit, a find match); the current one stands out. */
    public record Mark(int block, int start, int end, boolean current) {
    }

    /**
     * A highlight drawn under a run of a block in its style class (its colour); with a {@code note}, a small
     * marker at its end shows the note as a tooltip. {@code key} is what it stands for (the caller's note).
     */
    public record Highlight(int block, int start, int end, String styleClass, String note, Object key) {
    }

    /** The selection: from a block and offset to another (exclusive), in reading order. */
    public record Selection(int fromBlock, int fromOffset, int toBlock, int toOffset) {
    }

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final List<TextFlow> blocks = new ArrayList<>();
    private final List<Path> highlights = new ArrayList<>();
    private final List<Path> markLayers = new ArrayList<>();
    private final List<Path> currentMarkLayers = new ArrayList<>();
    private final List<Node> holders = new ArrayList<>();
    private List<Mark> marks = List.of();
    private Position anchor;
    private Position caret;
    private Unit unit = Unit.CHARACTER;
    /** The word or block the press that began a drag selected: the drag keeps it whole. */
    private Position pressedFrom;
    private Position pressedTo;
    private ContextMenu contextMenu;
    private final HighlightLayers highlightLayers = new HighlightLayers();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Selection> selection = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    /** Extra items of the context menu, given the highlight key under the pointer (or null). */
    private Function<Object, List<MenuItem>> menuExtras;
    /** What a plain click on a highlight does: given its key and the screen point. */
    private HighlightClick onHighlightClicked;
    private double pressX;
    private double pressY;

    /** What a plain click on a highlight does. */
    public interface HighlightClick {
        void clicked(Object key, double screenX, double screenY);
    }

    public SelectableTextPane(I18n i18n) {
        getStyleClass().add("selectable-text");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) PrimarySelection.offer(getScene(), selectedText());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // A still click that selected nothing, on a highlight: the caller offers what can be done with it.
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress()
                    || onHighlightClicked == null || !selectedText().isEmpty()) return;
            Object key = highlightKeyAt(e.getX(), e.getY());
            if (key != null) onHighlightClicked.clicked(key, e.getScreenX(), e.getScreenY());
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);

        // Made on the first request: a context menu is a popup window with a scene of its own, and made
        // up front it was about a fifth of the window's first build (a profile of start-up).
        setOnContextMenuRequested(e -> {
            if (contextMenu == null) contextMenu = contextMenu(i18n);
            pressX = e.getX();
            pressY = e.getY();
            contextMenu.show(this, e.getScreenX(), e.getScreenY());
        });
    }

    private ContextMenu contextMenu(I18n i18n) {
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(i18n.text("reader.copy"));
        copy.setOnAction(e -> copy());
        MenuItem selectAll = new MenuItem();
        selectAll.textProperty().bind(i18n.text("reader.selectAll"));
        selectAll.setOnAction(e -> selectAll());
        ContextMenu menu = new ContextMenu(copy, selectAll);
        menu.setOnShowing(e -> {
            copy.setDisable(selectedText().isEmpty());
            menu.getItems().setAll(copy, selectAll);
            if (menuExtras != null) {
                List<MenuItem> extras = menuExtras.apply(blocks.isEmpty() ? null : highlightKeyAt(pressX, pressY));
                if (!extras.isEmpty()) {
                    menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
                    menu.getItems().addAll(extras);
                }
            }
        });
        return menu;
    }

    /** Removes all content and the selection. */
    public void clear() {
        getChildren().clear();
        blocks.clear();
        highlights.clear();
        markLayers.clear();
        currentMarkLayers.clear();
        holders.clear();
        marks = List.of();
        anchor = null;
        caret = null;
        pressedFrom = null;
        pressedTo = null;
        highlightLayers.clear();
        selection.set(null);
    }

    /** Adds a block of selectable text made of the given styled runs. */
    public TextFlow addBlock(String styleClass, Text... runs) {
        TextFlow flow = new TextFlow(runs);
        flow.getStyleClass().add(styleClass);
        flow.setCursor(Cursor.TEXT);
        Path highlight = layer("selection-highlight");
        Path markLayer = layer("text-mark");
        Path currentLayer = layer("text-mark-current");
        int index = blocks.size();
        javafx.scene.layout.Pane notesLayer = highlightLayers.addBlock();
        javafx.scene.layout.Pane markersLayer = highlightLayers.markers(index);
        StackPane holder = new StackPane(notesLayer, markLayer, currentLayer, highlight, flow, markersLayer) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // Marks and the selection are shapes of the laid-out text: redraw them whenever the block
                // is laid out anew (a narrower window, a larger text), so they stay on the same characters.
                flow.layout();
                paintMarks(index);
                paintHighlight(index);
                highlightLayers.paint(index, flow);
            }
        };
        holder.setAlignment(Pos.TOP_LEFT);
        blocks.add(flow);
        highlights.add(highlight);
        markLayers.add(markLayer);
        currentMarkLayers.add(currentLayer);
        holders.add(holder);
        getChildren().add(holder);
        return flow;
    }

    private static Path layer(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }

    /** How many selectable blocks the pane holds. */
    public int blockCount() {
        return blocks.size();
    }

    /** The text of a block, as its marks count characters. */
    public String blockText(int block) {
        return textOf(blocks.get(block));
    }

    /** The block index of a flow added with {@link #addBlock}, or -1. */
    public int indexOf(TextFlow flow) {
        return blocks.indexOf(flow);
    }

    /** A block added with {@link #addBlock}. */
    public TextFlow block(int block) {
        return blocks.get(block);
    }

    /** The node that holds a block in this pane, for scrolling to it. */
    public Node blockNode(int block) {
        return holders.get(block);
    }

    /**
     * Puts a node beside a block, outside its text (a paragraph's number in the margin): it is not
     * selected, copied or hit by the mouse, and the node places itself (it is not laid out by the block).
     */
    public void addBeside(int block, Node node) {
        node.setManaged(false);
        node.setMouseTransparent(true);
        ((StackPane) holders.get(block)).getChildren().add(node);
    }

    /** The selected blocks, first and last (inclusive), or null when nothing is selected. */
    public int[] selectedBlocks() {
        if (anchor == null || caret == null || anchor.equals(caret)) return null;
        Position from = anchor.compareTo(caret) <= 0 ? anchor : caret;
        Position to = anchor.compareTo(caret) <= 0 ? caret : anchor;
        // A selection that ends at the very start of a block does not take that block in.
        int last = to.offset == 0 && to.block > from.block ? to.block - 1 : to.block;
        return new int[] {from.block, last};
    }

    /** Marks runs of text (replacing the previous marks); an empty list clears them. */
    public void setMarks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        for (int b = 0; b < blocks.size(); b++) {
            paintMarks(b);
        }
    }

    public List<Mark> marks() {
        return marks;
    }

    /** Draws these highlights under the text (replacing the previous ones); an empty list clears them. */
    public void setHighlights(List<Highlight> highlights) {
        highlightLayers.set(highlights);
        for (int b = 0; b < blocks.size(); b++) {
            highlightLayers.paint(b, blocks.get(b));
        }
    }

    public List<Highlight> highlights() {
        return highlightLayers.all();
    }

    /** The highlights' shapes over a block (one path per highlight) and their note markers, for tests. */
    public HighlightLayers highlightLayers() {
        return highlightLayers;
    }

    /** The key of the highlight under a point of this pane, or null. */
    public Object highlightKeyAt(double x, double y) {
        if (blocks.isEmpty()) return null;
        Position at = positionAt(x, y, true);
        Highlight hit = highlightLayers.at(at.block, at.offset);
        return hit == null ? null : hit.key();
    }

    /** Adds items to the context menu, given the key of the highlight under the pointer (null when none). */
    public void setMenuExtras(Function<Object, List<MenuItem>> extras) {
        menuExtras = extras;
    }

    /** What a still click on a highlight (that selects nothing) does. */
    public void setOnHighlightClicked(HighlightClick action) {
        onHighlightClicked = action;
    }

    /** The selection as it stands (null when nothing is selected), in reading order. */
    public javafx.beans.property.ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects nothing. */
    public void clearSelection() {
        anchor = null;
        caret = null;
        paintSelection();
    }

    /** Selects a run of one block, as a drag over it would. */
    public void select(int block, int start, int end) {
        anchor = new Position(block, start);
        caret = new Position(block, end);
        paintSelection();
    }

    private void paintMarks(int block) {
        if (block >= blocks.size()) return;
        TextFlow flow = blocks.get(block);
        int length = textOf(flow).length();
        List<javafx.scene.shape.PathElement> plain = new ArrayList<>();
        List<javafx.scene.shape.PathElement> current = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.block() != block) continue;
            int start = Math.min(mark.start(), length);
            int end = Math.min(mark.end(), length);
            if (end <= start) continue;
            (mark.current() ? current : plain).addAll(List.of(flow.rangeShape(start, end)));
        }
        for (Path path : List.of(markLayers.get(block), currentMarkLayers.get(block))) {
            path.setLayoutX(flow.getLayoutX());
            path.setLayoutY(flow.getLayoutY());
        }
        markLayers.get(block).getElements().setAll(plain);
        currentMarkLayers.get(block).getElements().setAll(current);
    }

    /** Adds a node between blocks that takes no part in selection. */
    public void addNode(Node node) {
        getChildren().add(node);
    }

    public static Text run(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }

    /**
     * A run shown as {@code shown} (the text set for reading, see {@link org.missionreader.i18n.Typography})
     * but copied as {@code original}, which must have the same length: a copied quotation is the source's
     * own characters.
     */
    public static Text run(String shown, String original, String styleClass) {
        Text t = run(shown, styleClass);
        if (original != null && original.length() == shown.length() && !original.equals(shown)) {
            t.getProperties().put(ORIGINAL, original);
        }
        return t;
    }

    private static final String ORIGINAL = "mission-reader.original-text";

    public String selectedText() {
        if (anchor == null || caret == null || anchor.equals(caret)) {
            return "";
        }
        Position from = anchor.compareTo(caret) <= 0 ? anchor : caret;
        Position to = anchor.compareTo(caret) <= 0 ? caret : anchor;
        StringBuilder out = new StringBuilder();
        for (int b = from.block; b <= to.block; b++) {
            String text = copiedTextOf(blocks.get(b));
            int start = b == from.block ? from.offset : 0;
            int end = b == to.block ? to.offset : text.length();
            if (b > from.block) out.append("\n\n");
            out.append(text, Math.min(start, text.length()), Math.min(end, text.length()));
        }
        return out.toString();
    }

    /** All the text, blocks separated by a blank line, as it would be copied after Select all. */
    public String allText() {
        StringBuilder out = new StringBuilder();
        for (TextFlow flow : blocks) {
            if (out.length() > 0) out.append("\n\n");
            out.append(copiedTextOf(flow));
        }
        return out.toString();
    }

    public void selectAll() {
        if (blocks.isEmpty()) return;
        anchor = new Position(0, 0);
        caret = new Position(blocks.size() - 1, textOf(blocks.get(blocks.size() - 1)).length());
        paintSelection();
        PrimarySelection.offer(getScene(), selectedText());
    }

    public void copy() {
        String text = selectedText();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        // The enclosing ScrollPane would take the focus on the same press; the text keeps it (for Ctrl+C).
        e.consume();
        if (e.getButton() != MouseButton.PRIMARY || blocks.isEmpty()) return;
        if (e.getClickCount() == 1 && e.isShiftDown() && anchor != null) {
            unit = Unit.CHARACTER;
            caret = positionAt(e.getX(), e.getY(), false);
        } else {
            // A fourth click in a row stays with the block, as in GTK's labels.
            unit = e.getClickCount() >= 3 ? Unit.BLOCK : e.getClickCount() == 2 ? Unit.WORD : Unit.CHARACTER;
            Position[] range = unitAt(e.getX(), e.getY());
            pressedFrom = range[0];
            pressedTo = range[1];
            anchor = pressedFrom;
            caret = pressedTo;
        }
        paintSelection();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown() || anchor == null) return;
        if (unit == Unit.CHARACTER || pressedFrom == null) {
            caret = positionAt(e.getX(), e.getY(), false);
        } else {
            // By whole words or blocks: the one pressed stays selected, and the one under the pointer joins it.
            Position[] range = unitAt(e.getX(), e.getY());
            if (range[0].compareTo(pressedFrom) < 0) {
                anchor = pressedTo;
                caret = range[0];
            } else {
                anchor = pressedFrom;
                caret = range[1].compareTo(pressedTo) > 0 ? range[1] : pressedTo;
            }
        }
        paintSelection();
    }

    /** The character position (CHARACTER), or the word or block around the character, under a point. */
    private Position[] unitAt(double x, double y) {
        if (unit == Unit.CHARACTER) {
            Position at = positionAt(x, y, false);
            return new Position[] {at, at};
        }
        Position at = positionAt(x, y, true);
        String text = textOf(blocks.get(at.block));
        if (unit == Unit.BLOCK) {
            return new Position[] {new Position(at.block, 0), new Position(at.block, text.length())};
        }
        int[] word = WordBounds.around(text, at.offset);
        return new Position[] {new Position(at.block, word[0]), new Position(at.block, word[1])};
    }

    private void keyPressed(KeyEvent e) {
        if (COPY.match(e)) {
            copy();
            e.consume();
        } else if (SELECT_ALL.match(e)) {
            selectAll();
            e.consume();
        }
    }

    /**
     * The text position under a point of this pane: where a caret would go, or with {@code character} the
     * index of the character under it. Points between or beyond blocks snap to the nearest end.
     */
    private Position positionAt(double x, double y, boolean character) {
        for (int b = 0; b < blocks.size(); b++) {
            TextFlow flow = blocks.get(b);
            Bounds bounds = flow.localToScene(flow.getBoundsInLocal());
            Bounds here = sceneToLocal(bounds);
            if (y < here.getMinY()) {
                return b == 0 ? new Position(0, 0) : new Position(b - 1, textOf(blocks.get(b - 1)).length());
            }
            if (y <= here.getMaxY()) {
                Point2D local = flow.sceneToLocal(localToScene(x, y));
                HitInfo hit = flow.hitTest(local);
                int index = character ? hit.getCharIndex() : hit.getInsertionIndex();
                return new Position(b, Math.max(0, Math.min(index, textOf(flow).length())));
            }
        }
        int last = blocks.size() - 1;
        return new Position(last, textOf(blocks.get(last)).length());
    }

    private void paintSelection() {
        for (int b = 0; b < blocks.size(); b++) {
            paintHighlight(b);
        }
        if (anchor == null || caret == null || anchor.equals(caret)) {
            selection.set(null);
        } else {
            Position from = anchor.compareTo(caret) <= 0 ? anchor : caret;
            Position to = anchor.compareTo(caret) <= 0 ? caret : anchor;
            Selection now = new Selection(from.block, from.offset, to.block, to.offset);
            if (!now.equals(selection.get())) selection.set(now);
        }
    }

    /** Draws the selection's shape over one block, from the block's text as it is laid out now. */
    private void paintHighlight(int b) {
        if (b >= blocks.size()) return;
        Path path = highlights.get(b);
        Position from = anchor == null ? null : anchor.compareTo(caret) <= 0 ? anchor : caret;
        Position to = anchor == null ? null : anchor.compareTo(caret) <= 0 ? caret : anchor;
        if (from == null || b < from.block || b > to.block) {
            path.getElements().clear();
            return;
        }
        TextFlow flow = blocks.get(b);
        int length = textOf(flow).length();
        int start = b == from.block ? from.offset : 0;
        int end = b == to.block ? to.offset : length;
        if (end > start) {
            path.getElements().setAll(flow.rangeShape(start, end));
            path.setLayoutX(flow.getLayoutX());
            path.setLayoutY(flow.getLayoutY());
        } else {
            path.getElements().clear();
        }
    }

    /** A block's text as copied: each run's original where it was set for reading (same length as shown). */
    private static String copiedTextOf(TextFlow flow) {
        return joined(flow, t -> t.getProperties().get(ORIGINAL) instanceof String original ? original : t.getText());
    }

    /** A block's text as shown. */
    static String textOf(TextFlow flow) {
        return joined(flow, Text::getText);
    }

    private static String joined(TextFlow flow, Function<Text, String> runText) {
        StringBuilder out = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) out.append(runText.apply(t));
        }
        return out.toString();
    }
}
