package org.missionreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.CustomTextField;
import org.missionreader.search.FoldedText;
import org.missionreader.search.Span;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.reader.ReaderPane;
import org.missionreader.ui.reader.SelectableTextPane;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * Find in the open document (Ctrl+F): a bar above the reader that marks every match, accent- and
 * case-insensitive, and steps through them (Enter and F3 forward, Shift+Enter and Shift+F3 back) with a
 * "3 of 12" count. Escape closes it and clears the marks.
 */
public final class FindBar extends HBox {

    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    private final ReaderPane reader;
    private final I18n i18n;
    private final CustomTextField field = new CustomTextField();
    private final Label count = new Label();
    private final List<SelectableTextPane.Mark> matches = new ArrayList<>();
    private int current = -1;

    public FindBar(ReaderModel model, ReaderPane reader, I18n i18n) {
        this.reader = reader;
        this.i18n = i18n;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        field.setId("find-field");
        field.promptTextProperty().bind(i18n.text("find.prompt"));
        TextFieldMenu.install(field, i18n);
        field.accessibleTextProperty().bind(i18n.text("find.prompt"));
        field.setPrefColumnCount(22);
        field.setRight(count);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        HBox.setHgrow(field, Priority.SOMETIMES);

        Button previous = button("find-previous", "▲", "find.previous", () -> step(-1));
        Button next = button("find-next", "▼", "find.next", () -> step(1));
        Button close = button("find-close", "✕", "find.close", this::close);
        getChildren().addAll(field, previous, next, close);

        setVisible(false);
        managedProperty().bind(visibleProperty());

        field.textProperty().addListener((obs, old, now) -> find(true));
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        // The page is rebuilt when another document opens or the language changes: find again in it.
        model.documentProperty().addListener((obs, old, now) -> refind());
        i18n.localeProperty().addListener((obs, old, now) -> {
            refind();
            updateCount();
        });
        sceneProperty().addListener((obs, old, scene) -> install(scene));
    }

    private Button button(String id, String glyph, String tooltipKey, Runnable action) {
        Button button = new Button(glyph);
        button.setId(id);
        button.getStyleClass().add("find-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(i18n.text(tooltipKey));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void install(Scene scene) {
        if (scene == null) return;
        scene.getAccelerators().put(OPEN, this::open);
        scene.getAccelerators().put(NEXT, () -> {
            if (isVisible()) step(1);
        });
        scene.getAccelerators().put(PREVIOUS, () -> {
            if (isVisible()) step(-1);
        });
    }

    /** Shows the bar with the keyboard in its field, the previous text selected. */
    public void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
        find(true);
    }

    /** Hides the bar and clears the marks; the keyboard goes back to the text. */
    public void close() {
        setVisible(false);
        matches.clear();
        current = -1;
        reader.page().setMarks(List.of());
        reader.page().requestFocus();
    }

    public CustomTextField field() {
        return field;
    }

    /** How many matches, and which is current (0-based; -1 when none). */
    public int matchCount() {
        return matches.size();
    }

    public int currentIndex() {
        return current;
    }

    public String countText() {
        return count.getText();
    }

    private void refind() {
        if (isVisible()) find(true);
    }

    private void find(boolean reveal) {
        matches.clear();
        current = -1;
        String query = field.getText();
        SelectableTextPane page = reader.page();
        if (isVisible() && query != null && !query.isBlank()) {
            for (int b = 0; b < page.blockCount(); b++) {
                for (Span span : new FoldedText(page.blockText(b)).find(query)) {
                    matches.add(new SelectableTextPane.Mark(b, span.start(), span.end(), false));
                }
            }
            if (!matches.isEmpty()) current = 0;
        }
        show(reveal);
    }

    private void step(int delta) {
        if (matches.isEmpty()) return;
        current = Math.floorMod(current + delta, matches.size());
        show(true);
    }

    private void show(boolean reveal) {
        List<SelectableTextPane.Mark> marks = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            SelectableTextPane.Mark m = matches.get(i);
            marks.add(new SelectableTextPane.Mark(m.block(), m.start(), m.end(), i == current));
        }
        reader.page().setMarks(marks);
        updateCount();
        if (reveal && current >= 0) {
            reader.ensureVisible(matches.get(current).block());
        }
    }

    private void updateCount() {
        String query = field.getText();
        if (query == null || query.isBlank()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(i18n.get("find.none"));
        } else {
            count.setText(i18n.get("find.count", current + 1, matches.size()));
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"),
                query != null && !query.isBlank() && matches.isEmpty());
    }
}
