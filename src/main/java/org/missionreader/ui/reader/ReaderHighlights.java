package org.missionreader.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.TextFlow;
import org.missionreader.library.Document;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Anchors;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;

/**
 * The reader's highlights and notes on the open document: draws each note of the document where its quote
 * is now ({@link Anchors#place}; one that cannot be placed is not drawn, and the notes panel lists it), and
 * makes new ones from the selection. A quote found as written (where it was, or in its own paragraph) is
 * drawn at once; the others, which only folding the document's text can find again (an edition changed it),
 * are looked for in a {@link Job.Kind#NOTES_PLACE} job and drawn when it comes back, its answers kept for
 * the open document. A selection over several paragraphs makes one highlight per paragraph
 * (an anchor is one paragraph); only the document's paragraphs can be highlighted, not its title or details.
 */
public final class ReaderHighlights {

    /** Highlight in the last colour used (yellow at first). */
    public static final KeyCombination HIGHLIGHT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    /** Highlight and write a note. */
    public static final KeyCombination ADD_NOTE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCode[] COLOUR_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    /** Told of each note placed by folding ("place"), and whether on the JavaFX thread; for tests. */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    private final ReaderModel model;
    private final I18n i18n;
    private final Jobs jobs;
    private final Notes notes;
    private final ReaderPane reader;
    private final SelectableTextPane page;
    private final BooleanBinding canHighlight;
    private NoteColour lastColour = NoteColour.YELLOW;
    /** Opens the note editor on a note; what it saves goes to the consumer. Set by the window. */
    private BiConsumer<Note, Consumer<Note>> editor = (note, save) -> save.accept(note);
    private ContextMenu clickMenu;
    /** The document {@link #found} is about. */
    private Document foundIn;
    /** Where the placing job found the notes not found as written in {@link #foundIn} (empty: nowhere). */
    private final Map<Note, Optional<Anchor>> found = new HashMap<>();
    /** The placing job running, if any, the document it places in, and the notes it places. */
    private Task<Map<Note, Optional<Anchor>>> placing;
    private Document placingIn;
    private List<Note> placingNotes;

    ReaderHighlights(Services services, ReaderPane reader) {
        this.model = services.model();
        this.i18n = services.i18n();
        this.jobs = services.jobs();
        this.notes = services.notes();
        this.reader = reader;
        this.page = reader.page();
        canHighlight = Bindings.createBooleanBinding(() -> !pieces().isEmpty(), page.selectionProperty(), model.documentProperty());
        notes.notebookProperty().addListener((obs, old, now) -> redraw());
        page.setMenuExtras(this::menuItems);
        page.setOnHighlightClicked((key, x, y) -> {
            if (clickMenu != null) clickMenu.hide();
            clickMenu = new ContextMenu(noteItems((Note) key).toArray(MenuItem[]::new));
            clickMenu.getStyleClass().add("note-menu");
            clickMenu.show(page, x, y);
        });
    }

    /** Opens the note editor with this: given a note, it calls back with the note to keep on Save. */
    public void setEditor(BiConsumer<Note, Consumer<Note>> editor) {
        this.editor = editor;
    }

    /** Whether the selection holds text of the document's paragraphs. */
    public BooleanBinding canHighlightProperty() {
        return canHighlight;
    }

    /** Adds Edit > Highlight, its colours and Add Note… to the registry. */
    public void addCommands(Commands commands) {
        commands.add(Command.of("highlight", Command.Menu.EDIT, "menu.edit.highlight", HIGHLIGHT,
                () -> highlight(lastColour)).inSection("notes").enabledWhen(canHighlight));
        NoteColour[] colours = NoteColour.values();
        for (int i = 0; i < colours.length; i++) {
            NoteColour colour = colours[i];
            commands.add(Command.of("highlight-" + colour.jsonName(), Command.Menu.EDIT, colourKey(colour),
                    new KeyCodeCombination(COLOUR_KEYS[i], KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                    () -> highlight(colour)).inSection("notes").inSubmenu("menu.edit.highlightIn").enabledWhen(canHighlight));
        }
        commands.add(Command.of("note-add", Command.Menu.EDIT, "menu.edit.addNote", ADD_NOTE, this::addNote)
                .inSection("notes").enabledWhen(canHighlight));
    }

    /** The resource key of a colour's name. */
    public static String colourKey(NoteColour colour) {
        return "note.colour." + colour.jsonName();
    }

    /** The style class a highlight of this colour is drawn with. */
    public static String styleClass(NoteColour colour) {
        return "note-" + colour.jsonName();
    }

    /** Highlights the selection in a colour: one highlight per paragraph it covers. */
    public List<Note> highlight(NoteColour colour) {
        List<Anchor> pieces = pieces();
        if (pieces.isEmpty()) return List.of();
        lastColour = colour;
        List<Note> made = pieces.stream().map(a -> Note.create(a, colour, "")).toList();
        notes.change(n -> {
            for (Note note : made) n = n.withNote(note);
            return n;
        });
        page.clearSelection();
        return made;
    }

    /** Highlights the selection and opens the editor for its note (on the first paragraph's highlight). */
    public void addNote() {
        List<Anchor> pieces = pieces();
        if (pieces.isEmpty()) return;
        List<Note> made = new ArrayList<>(pieces.stream().map(a -> Note.create(a, lastColour, "")).toList());
        editor.accept(made.get(0), saved -> {
            made.set(0, saved);
            lastColour = saved.colour();
            notes.change(n -> {
                for (Note note : made) n = n.withNote(note.withColour(saved.colour()));
                return n;
            });
            page.clearSelection();
        });
    }

    /** Opens the editor on a note that exists. */
    public void edit(Note note) {
        editor.accept(note, notes::put);
    }

    /** The selection cut into one anchor per document paragraph it covers, with the source's own text. */
    List<Anchor> pieces() {
        Document doc = model.documentProperty().get();
        SelectableTextPane.Selection s = page.selectionProperty().get();
        if (doc == null || s == null) return List.of();
        List<Anchor> pieces = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            TextFlow flow = reader.paragraphBlock(p);
            int block = flow == null ? -1 : page.indexOf(flow);
            if (block < s.fromBlock() || block > s.toBlock()) continue;
            String text = doc.paragraphs().get(p);
            int start = block == s.fromBlock() ? Math.min(s.fromOffset(), text.length()) : 0;
            int end = block == s.toBlock() ? Math.min(s.toOffset(), text.length()) : text.length();
            // Blank around the words is left out: a highlight holds what was meant.
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > start) pieces.add(new Anchor(doc.id(), p, start, end, text.substring(start, end)));
        }
        return pieces;
    }

    /**
     * Draws the open document's notes where their quotes are now; called when the page is rebuilt too. The
     * notes whose quote is not found as written are placed in a job, and drawn once it has found them.
     */
    void redraw() {
        Document doc = model.documentProperty().get();
        if (doc != foundIn) {
            found.clear();
            foundIn = doc;
        }
        if (doc == null) {
            page.setHighlights(List.of());
            return;
        }
        List<Note> ofDoc = notes.notesOf(doc.id());
        found.keySet().retainAll(new HashSet<>(ofDoc));
        List<SelectableTextPane.Highlight> shown = new ArrayList<>();
        List<Note> toFind = new ArrayList<>();
        for (Note note : ofDoc) {
            Optional<Anchor> at = found.get(note);
            if (at == null) {
                at = Anchors.placeAsWritten(note.anchor(), doc.paragraphs());
                if (at.isEmpty() && !note.anchor().quote().isBlank()) {
                    toFind.add(note);
                    continue;
                }
            }
            if (at.isEmpty()) continue;
            TextFlow flow = reader.paragraphBlock(at.get().paragraph());
            if (flow == null) continue;
            shown.add(new SelectableTextPane.Highlight(page.indexOf(flow), at.get().start(), at.get().end(),
                    styleClass(note.colour()), note.hasText() ? note.text() : null, note));
        }
        page.setHighlights(shown);
        if (toFind.isEmpty()) {
            if (placing != null) placing.cancel(false);
            placed(null);
        } else if (placing == null || placingIn != doc || !toFind.equals(placingNotes)) {
            // A redraw while the same notes are being placed (the page rebuilt) lets that job finish.
            place(doc, toFind);
        }
    }

    /** Finds these notes' quotes in the document in a job (folding its text), then draws them. */
    private void place(Document doc, List<Note> toFind) {
        List<String> paragraphs = doc.paragraphs();
        Task<Map<Note, Optional<Anchor>>> task = new Task<>() {
            @Override
            protected Map<Note, Optional<Anchor>> call() {
                Map<Note, Optional<Anchor>> at = new HashMap<>();
                for (Note note : toFind) {
                    if (isCancelled()) break;
                    probe.accept("place", Platform.isFxApplicationThread());
                    at.put(note, Anchors.place(note.anchor(), paragraphs));
                }
                return at;
            }
        };
        placing = task;
        placingIn = doc;
        placingNotes = toFind;
        task.setOnSucceeded(e -> {
            if (placing != task) return;
            placed(null);
            if (model.documentProperty().get() != doc || foundIn != doc) return;
            found.putAll(task.getValue());
            redraw();
        });
        // Failed (a bug) or cancelled: nothing drawn for these notes; the next redraw tries again.
        task.setOnFailed(e -> placed(task));
        task.setOnCancelled(e -> placed(task));
        jobs.submit(Job.Kind.NOTES_PLACE, i18n.text("job.notesPlace", doc.title()), task);
    }

    /** The placing job has ended: {@code task}, or whichever runs when null. */
    private void placed(Task<?> task) {
        if (task != null && placing != task) return;
        placing = null;
        placingIn = null;
        placingNotes = null;
    }

    private List<MenuItem> menuItems(Object key) {
        List<MenuItem> items = new ArrayList<>();
        Menu highlight = new Menu(i18n.get("menu.edit.highlightIn"));
        highlight.setId("reader-menu-highlight");
        for (NoteColour colour : NoteColour.values()) {
            MenuItem item = new MenuItem(i18n.get(colourKey(colour)));
            item.setId("reader-menu-highlight-" + colour.jsonName());
            item.setOnAction(e -> highlight(colour));
            highlight.getItems().add(item);
        }
        highlight.setDisable(!canHighlight.get());
        MenuItem add = new MenuItem(i18n.get("menu.edit.addNote"));
        add.setId("reader-menu-add-note");
        add.setDisable(!canHighlight.get());
        add.setOnAction(e -> addNote());
        items.add(highlight);
        items.add(add);
        if (key instanceof Note note) {
            items.add(new javafx.scene.control.SeparatorMenuItem());
            items.addAll(noteItems(note));
        }
        return items;
    }

    /** What can be done with a highlight: edit its note, change its colour, remove it. */
    private List<MenuItem> noteItems(Note note) {
        MenuItem edit = new MenuItem(i18n.get(note.hasText() ? "note.edit" : "menu.edit.addNote"));
        edit.setId("note-menu-edit");
        edit.setOnAction(e -> edit(current(note)));
        Menu colour = new Menu(i18n.get("note.colour"));
        colour.setId("note-menu-colour");
        for (NoteColour c : NoteColour.values()) {
            MenuItem item = new MenuItem(i18n.get(colourKey(c)));
            item.setId("note-menu-colour-" + c.jsonName());
            item.setDisable(c == note.colour());
            item.setOnAction(e -> notes.put(current(note).withColour(c)));
            colour.getItems().add(item);
        }
        MenuItem remove = new MenuItem(i18n.get("note.removeHighlight"));
        remove.setId("note-menu-remove");
        remove.setOnAction(e -> notes.remove(note));
        return List.of(edit, colour, remove);
    }

    /** The note as the notebook holds it now (a menu made earlier may hold an older edition). */
    private Note current(Note note) {
        return notes.notebook().notes().stream().filter(n -> n.id().equals(note.id())).findFirst().orElse(note);
    }
}
