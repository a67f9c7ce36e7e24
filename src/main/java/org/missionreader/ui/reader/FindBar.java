package org.missionreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
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
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.missionreader.search.FoldedText;
import org.missionreader.search.Span;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * Find in the open document (Ctrl+F): a bar above the reader that marks every match, accent- and
 * case-insensitive, and steps through them (Enter and F3 forward, Shift+Enter and Shift+F3 back) with a
 * "3 of 12" count. Escape closes it and clears the marks.
 * The page's text is folded once per page shown. In a large document, the folding and the matching run in a
 * find job once typing pauses, the marks following when the job is done; a short one is matched at once.
 */
public final class FindBar extends HBox {

    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    /** Above this many characters a page is folded and matched in a find job, once typing pauses. */
    static final int LARGE = 50_000;

    /** For tests: told each time a page is folded ("fold") or matched ("match"), and whether on the JavaFX thread. */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    private final ReaderPane reader;
    private final I18n i18n;
    private final Jobs jobs;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    /** The folded text of the page shown, made once per page. */
    private Folding folding;
    /** The latest find job, for a large page; an older one's marks are not shown. */
    private Task<List<SelectableTextPane.Mark>> pending;
    private final CustomTextField field = new CustomTextField();
    private final Label count = new Label();
    private final List<SelectableTextPane.Mark> matches = new ArrayList<>();
    private int current = -1;

    public FindBar(ReaderModel model, ReaderPane reader, I18n i18n, Jobs jobs) {
        this.reader = reader;
        this.i18n = i18n;
        this.jobs = jobs;
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

        typing.setOnFinished(e -> find(true));
        // A short page is matched at each keystroke (its folded text is at hand); a large one once typing pauses.
        field.textProperty().addListener((obs, old, now) -> {
            if (folding().large()) typing.playFromStart();
            else find(true);
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                // Typed, not yet looked for: look for it now rather than step through the old matches.
                if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) find(true);
                else step(e.isShiftDown() ? -1 : 1);
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
        typing.stop();
        if (pending != null) pending.cancel(false);
        pending = null;
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
        typing.stop();
        if (pending != null) pending.cancel(false);
        pending = null;
        String query = field.getText();
        if (!isVisible() || query == null || query.isBlank()) {
            found(List.of(), reveal);
            return;
        }
        Folding page = folding();
        if (!page.large()) {
            found(page.find(query), reveal);
            return;
        }
        Task<List<SelectableTextPane.Mark>> task = new Task<>() {
            @Override
            protected List<SelectableTextPane.Mark> call() {
                return page.find(query);
            }
        };
        pending = task;
        task.setOnSucceeded(e -> {
            if (pending != task) return;
            pending = null;
            found(task.getValue(), reveal);
        });
        jobs.submit(Job.Kind.FIND, i18n.text("job.find", query.strip()), task);
    }

    private void found(List<SelectableTextPane.Mark> marks, boolean reveal) {
        matches.clear();
        matches.addAll(marks);
        current = matches.isEmpty() ? -1 : 0;
        show(reveal);
    }

    /** The folded text of the page now shown: the one made before while the page holds the same blocks. */
    private Folding folding() {
        SelectableTextPane page = reader.page();
        if (folding == null || !folding.holds(page)) folding = new Folding(page);
        return folding;
    }

    /**
     * A page's blocks, their text taken once on the JavaFX thread, folded on first use wherever that is
     * (a find job for a large page) and kept for every later query on the same page.
     */
    private static final class Folding {
        private final List<TextFlow> blocks = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private final boolean large;
        private List<FoldedText> folded;

        Folding(SelectableTextPane page) {
            int length = 0;
            for (int b = 0; b < page.blockCount(); b++) {
                blocks.add(page.block(b));
                String text = page.blockText(b);
                texts.add(text);
                length += text.length();
            }
            large = length > LARGE;
        }

        /** Whether the page still shows the blocks this was made of (it is rebuilt for another document or language). */
        boolean holds(SelectableTextPane page) {
            if (page.blockCount() != blocks.size()) return false;
            for (int b = 0; b < blocks.size(); b++) {
                if (page.block(b) != blocks.get(b)) return false;
            }
            return true;
        }

        boolean large() {
            return large;
        }

        /** Folds the blocks once; a second caller waits for the first caller's folding rather than folding again. */
        private synchronized List<FoldedText> folded() {
            if (folded == null) {
                probe.accept("fold", Platform.isFxApplicationThread());
                List<FoldedText> all = new ArrayList<>(texts.size());
                for (String text : texts) all.add(new FoldedText(text));
                folded = all;
            }
            return folded;
        }

        List<SelectableTextPane.Mark> find(String query) {
            List<FoldedText> blocksFolded = folded();
            probe.accept("match", Platform.isFxApplicationThread());
            List<SelectableTextPane.Mark> marks = new ArrayList<>();
            for (int b = 0; b < blocksFolded.size(); b++) {
                for (Span span : blocksFolded.get(b).find(query)) {
                    marks.add(new SelectableTextPane.Mark(b, span.start(), span.end(), false));
                }
            }
            return marks;
        }
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
