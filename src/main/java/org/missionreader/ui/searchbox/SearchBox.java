package org.missionreader.ui.searchbox;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.missionreader.library.Document;
import org.missionreader.library.TimelineEvent;
import org.missionreader.search.SearchHit;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.Pulses;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.ReadingSpot;
import org.missionreader.ui.application.Notes;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Anchors;
import org.missionreader.notes.Note;
import org.missionreader.notes.Notebook;
import org.missionreader.search.Span;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * Search across the library: a field for the toolbar (Ctrl+K goes to it) and a results list shown over the
 * window under it. Down moves into the results; Enter or a click opens a result at its hit; Escape closes.
 * Each query runs in a query job once typing pauses, the next keystroke's superseding it.
 */
public final class SearchBox {

    /** Focuses the search field from anywhere in the window. */
    public static final KeyCombination FOCUS = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final ReaderModel model;
    private final I18n i18n;
    private final SearchService service;
    private final Jobs jobs;
    /** The latest query's job; the hits of an older one are not shown. */
    private Task<List<SearchHit>> query;
    private Runnable onOpen = () -> { };
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchHit> results = new FittingList<>(420);
    private final Label status = new Label();
    /** "Your notes": the reader's notes that match, above the library's hits. */
    private final Label notesHeading = new Label();
    private final ListView<Note> noteResults = new FittingList<>(170);
    private Notes notes;
    /** Matches the notes in the query jobs, each note folded once. */
    private final NoteHits noteHits = new NoteHits();
    private final VBox overlay;
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));

    public SearchBox(ReaderModel model, I18n i18n, Jobs jobs) {
        this.model = model;
        this.i18n = i18n;
        this.jobs = jobs;
        this.service = new SearchService(model, jobs, i18n.text("job.searchIndex"), this::afterNextPulse);
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.promptTextProperty().bind(i18n.text("search.prompt"));
        TextFieldMenu.install(field, i18n);
        field.accessibleTextProperty().bind(i18n.text("search.accessible"));
        field.setPrefColumnCount(26);
        Label glyph = new Label("⌕");
        glyph.getStyleClass().add("search-glyph");
        field.setLeft(glyph);

        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setCellFactory(list -> new SearchHitCell(model, service, i18n, results.widthProperty()));
        results.setFocusTraversable(false);
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);

        notesHeading.textProperty().bind(i18n.text("search.yourNotes"));
        notesHeading.getStyleClass().add("search-notes-heading");
        notesHeading.setMaxWidth(Double.MAX_VALUE);
        noteResults.setId("search-note-results");
        noteResults.getStyleClass().addAll("search-results", "search-note-results");
        noteResults.setFocusTraversable(false);
        noteResults.setCellFactory(list -> new NoteHitCell(model, i18n, noteResults.widthProperty()));
        noteResults.managedProperty().bind(noteResults.visibleProperty());
        noteResults.visibleProperty().bind(Bindings.isNotEmpty(noteResults.getItems()));
        notesHeading.managedProperty().bind(notesHeading.visibleProperty());
        notesHeading.visibleProperty().bind(noteResults.visibleProperty());
        noteResults.addEventHandler(KeyEvent.KEY_PRESSED, this::noteResultsKey);
        noteResults.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && noteResults.getSelectionModel().getSelectedItem() != null) {
                openNote(noteResults.getSelectionModel().getSelectedItem());
            }
        });
        noteResults.focusedProperty().addListener((obs, was, now) -> closeIfUnfocused());

        overlay = new VBox(notesHeading, noteResults, status, results);
        overlay.setId("search-overlay");
        overlay.getStyleClass().add("search-overlay");
        overlay.setMaxWidth(640);
        overlay.setMaxHeight(Region.USE_PREF_SIZE);
        overlay.setPrefHeight(Region.USE_COMPUTED_SIZE);
        results.managedProperty().bind(results.visibleProperty());
        results.visibleProperty().bind(Bindings.isNotEmpty(results.getItems()));
        status.managedProperty().bind(status.visibleProperty());
        status.visibleProperty().bind(Bindings.isEmpty(results.getItems()).and(Bindings.isEmpty(noteResults.getItems())));
        StackPane.setAlignment(overlay, Pos.TOP_CENTER);
        overlay.setVisible(false);

        typing.setOnFinished(e -> runSearch());
        field.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        service.readyProperty().addListener((obs, was, now) -> {
            if (now && overlay.isVisible()) runSearch();
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            results.refresh();
            if (overlay.isVisible() && results.getItems().isEmpty()) runSearch();
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::fieldKey);
        results.addEventHandler(KeyEvent.KEY_PRESSED, this::resultsKey);
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        // The list closes when the keyboard leaves both the field and the list.
        field.focusedProperty().addListener((obs, was, now) -> closeIfUnfocused());
        results.focusedProperty().addListener((obs, was, now) -> closeIfUnfocused());
        field.sceneProperty().addListener((obs, old, scene) -> install(scene));
    }

    private void install(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(FOCUS, this::focus);
        }
    }

    /** Puts the keyboard in the search field, its text selected, and shows the results if any. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        if (!field.getText().isBlank()) runSearch();
    }

    /** The field, for the toolbar. */
    public CustomTextField field() {
        return field;
    }

    /** The results, to lay over the window's content under the toolbar. */
    public VBox overlay() {
        return overlay;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    /** Lists the reader's notes that match a query too, under "Your notes". */
    public void searchNotes(Notes notes) {
        this.notes = notes;
    }

    /** The notes that match the query, for tests. */
    public ListView<Note> noteResults() {
        return noteResults;
    }

    public SearchService service() {
        return service;
    }

    private void runSearch() {
        runSearch(hits -> { });
    }

    /** A query job: the reader's notes that match (worked out first, kept for a failed query too), then the library's hits. */
    private static final class Query extends Task<List<SearchHit>> {
        private final SearchService service;
        private final NoteHits noteHits;
        private final Notebook notebook;
        private final String text;
        private volatile List<Note> notes = List.of();

        Query(SearchService service, NoteHits noteHits, Notebook notebook, String text) {
            this.service = service;
            this.noteHits = noteHits;
            this.notebook = notebook;
            this.text = text;
        }

        @Override
        protected List<SearchHit> call() {
            if (notebook != null) notes = noteHits.matching(notebook, text, this::isCancelled);
            return service.search(text);
        }
    }

    /**
     * Runs the field's query in a query job (superseding the one before): the library's hits and the
     * reader's notes that match, both worked out in the job. Shows them when they come back, then hands
     * the library's hits to {@code then}.
     */
    private void runSearch(Consumer<List<SearchHit>> then) {
        typing.stop();
        String text = field.getText();
        if (text == null || text.isBlank()) {
            if (query != null) query.cancel(false);
            query = null;
            results.getItems().clear();
            noteResults.getItems().clear();
            overlay.setVisible(false);
            return;
        }
        // The notebook as it is now (immutable): the job reads it on its own thread.
        Query task = new Query(service, noteHits, notes == null ? null : notes.notebook(), text);
        query = task;
        task.setOnSucceeded(e -> {
            if (query != task) return;
            show(text, task.notes, task.getValue(), null);
            then.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            // A query on an index that a newer library replaced meanwhile: the new index's query follows.
            if (query != task || !service.readyProperty().get()) return;
            Throwable error = task.getException();
            show(text, task.notes, List.of(), error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        });
        jobs.submit(Job.Kind.SEARCH_QUERY, i18n.text("job.searchQuery", text.strip()), task);
    }

    private void show(String text, List<Note> noted, List<SearchHit> hits, String error) {
        noteResults.getItems().setAll(noted);
        results.getItems().setAll(hits);
        results.scrollTo(0);
        if (!service.readyProperty().get()) {
            status.setText(i18n.get("search.indexing"));
        } else if (service.failure() != null || error != null) {
            status.setText(i18n.get("search.failed", service.failure() != null ? service.failure() : error));
        } else if (hits.isEmpty()) {
            status.setText(i18n.get("search.none", text.strip()));
        }
        overlay.setVisible(field.isFocused() || results.isFocused());
    }

    private void fieldKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!noteResults.getItems().isEmpty()) {
                    overlay.setVisible(true);
                    noteResults.requestFocus();
                    noteResults.getSelectionModel().selectFirst();
                } else if (!results.getItems().isEmpty()) {
                    overlay.setVisible(true);
                    results.requestFocus();
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
            case ENTER -> {
                runSearch(hits -> {
                    if (!hits.isEmpty()) open(hits.get(0));
                });
                e.consume();
            }
            case ESCAPE -> {
                close();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void resultsKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
            open(results.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            field.requestFocus();
            overlay.setVisible(false);
            e.consume();
        } else if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() == 0) {
            if (noteResults.getItems().isEmpty()) {
                field.requestFocus();
            } else {
                noteResults.requestFocus();
                noteResults.getSelectionModel().selectLast();
            }
            e.consume();
        }
    }

    private void noteResultsKey(KeyEvent e) {
        int at = noteResults.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.ENTER && noteResults.getSelectionModel().getSelectedItem() != null) {
            openNote(noteResults.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            field.requestFocus();
            overlay.setVisible(false);
            e.consume();
        } else if (e.getCode() == KeyCode.UP && at == 0) {
            field.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && at == noteResults.getItems().size() - 1 && !results.getItems().isEmpty()) {
            results.requestFocus();
            results.getSelectionModel().selectFirst();
            e.consume();
        }
    }

    /** Opens a note: its document at the paragraph where its quote is now, the quote marked. */
    public void openNote(Note note) {
        overlay.setVisible(false);
        Document doc = model.library().document(note.documentId()).orElse(null);
        if (doc != null) {
            Anchor at = Anchors.place(note.anchor(), doc.paragraphs()).orElse(null);
            if (at != null) {
                model.openAt(doc, new ReadingSpot(doc.id(), at.paragraph(), List.of(new Span(at.start(), at.end()))));
            } else {
                int paragraph = Math.min(note.anchor().paragraph(), Math.max(0, doc.paragraphs().size() - 1));
                model.openAt(doc, new ReadingSpot(doc.id(), paragraph, List.of()));
            }
        }
        onOpen.run();
    }

    private void closeIfUnfocused() {
        if (!field.isFocused() && !results.isFocused() && !noteResults.isFocused()) {
            overlay.setVisible(false);
        }
    }

    private void close() {
        overlay.setVisible(false);
    }

    /** Opens a result: the document at the paragraph with the hits marked, or the event and its document. */
    public void open(SearchHit hit) {
        overlay.setVisible(false);
        if (hit.kind() == SearchHit.Kind.EVENT) {
            TimelineEvent event = service.event(hit.eventId());
            if (event != null) {
                model.library().mission(event.missionId()).ifPresent(m -> model.missionProperty().set(m));
                model.openEvent(event);
            }
        } else {
            Document doc = model.library().document(hit.documentId()).orElse(null);
            if (doc != null) {
                model.openAt(doc, new ReadingSpot(doc.id(), hit.paragraphIndex(), hit.textSpans()));
            }
        }
        onOpen.run();
    }

    /** What to do once a result is open (the window moves the keyboard to the text). */
    public void setOnOpen(Runnable action) {
        onOpen = action;
    }

    /** Runs the action once the window has drawn what it now holds; at once when the box is in no window. */
    private void afterNextPulse(Runnable action) {
        Scene scene = overlay == null ? null : overlay.getScene();
        if (scene == null) {
            action.run();
        } else {
            Pulses.afterNextPulse(scene, action);
        }
    }
}
