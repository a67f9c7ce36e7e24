package org.missionreader.ui.reader;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.library.Document;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;

/**
 * The open document's outline: a menu of its paragraphs, each its number and first words (the library
 * format has no headings), the paragraph at the top of the view checked; choosing one brings it to the top
 * of the view. Opened by the reader's Outline button or View > Outline… (Ctrl+Shift+O); the arrow keys
 * walk it, Enter opens, Escape closes. Every document has one, however short: the list is also where the
 * reader sees where they are.
 */
public final class Outline {

    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** How long the words of an item run, in characters, before they are cut at a word. */
    static final int WORDS = 60;

    private final ReaderPane reader;
    private final ReaderModel model;
    private final I18n i18n;
    private final ContextMenu menu = new ContextMenu();

    Outline(ReaderPane reader, ReaderModel model, I18n i18n) {
        this.reader = reader;
        this.model = model;
        this.i18n = i18n;
        menu.setId("reader-outline-menu");
        menu.getStyleClass().add("outline-menu");
    }

    /** Shows the outline under a node (the Outline button), or at the top of the reader when null. */
    public void show(Node under) {
        Document doc = model.documentProperty().get();
        if (doc == null || reader.getScene() == null) return;
        menu.getItems().setAll(items(doc, reader.paragraphAtTop()));
        if (under != null && under.getScene() != null && isInView(under)) {
            menu.show(under, Side.BOTTOM, 0, 0);
        } else {
            Bounds bounds = reader.localToScreen(reader.getBoundsInLocal());
            menu.show(reader, bounds.getMinX() + 24, bounds.getMinY() + 8);
        }
    }

    /** The menu as it was last shown, for tests. */
    public ContextMenu menu() {
        return menu;
    }

    private List<CheckMenuItem> items(Document doc, int current) {
        List<CheckMenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            CheckMenuItem item = new CheckMenuItem(i18n.get("reader.outline.item", i + 1, firstWords(doc.paragraphs().get(i), WORDS)));
            item.setId("outline-" + (i + 1));
            item.setSelected(i == current);
            int index = i;
            item.setOnAction(e -> reader.showParagraph(index));
            items.add(item);
        }
        return items;
    }

    private boolean isInView(Node node) {
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        Bounds view = reader.scroll().localToScene(reader.scroll().getBoundsInLocal());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }

    /** A text's first words, up to about {@code max} characters, cut at a word and ended by "…" when cut. */
    static String firstWords(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) return flat;
        int cut = flat.lastIndexOf(' ', max);
        if (cut < max / 2) cut = max;
        return flat.substring(0, cut).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
