package org.missionreader.ui.bookmarks;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.library.Document;
import org.missionreader.notes.Bookmark;
import org.missionreader.notes.Notebook;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.ReadingSpot;
import org.missionreader.ui.application.Services;

/**
 * The Bookmarks menu. Ctrl+D bookmarks the place read (the open document and the paragraph at the top of
 * the view, labelled with its first words), and on a paragraph already bookmarked removes its bookmark, as
 * a switch; Remove Bookmark removes it. Under the commands, the menu lists every bookmark, "title — § n —
 * first words", each opening its place; the list follows the notebook, so bookmarks another window makes
 * show once they are read. A bookmark on a document the open libraries do not hold (another edition,
 * a file not opened) is listed disabled, saying so, and kept.
 */
public final class BookmarkCommands {

    public static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    /** How long a bookmark's label runs, in characters, before it is cut at a word. */
    static final int LABEL = 48;

    private final ReaderModel model;
    private final Notes notes;
    private final I18n i18n;
    private final IntSupplier paragraphAtTop;
    private final BooleanProperty bookmarkedHere = new SimpleBooleanProperty();
    private Menu menu;
    /** How many items of the menu are the registry's commands (and the separator after them). */
    private int fixed;

    private BookmarkCommands(Services services, IntSupplier paragraphAtTop) {
        this.model = services.model();
        this.notes = services.notes();
        this.i18n = services.i18n();
        this.paragraphAtTop = paragraphAtTop;
    }

    /**
     * Adds the commands to the registry's Bookmarks menu; {@code paragraphAtTop} gives the open document's
     * paragraph at the top of the view (0-based, -1 when none).
     */
    public static BookmarkCommands install(Services services, IntSupplier paragraphAtTop) {
        BookmarkCommands bookmarks = new BookmarkCommands(services, paragraphAtTop);
        BooleanBinding documentOpen = services.model().documentProperty().isNotNull();
        services.commands().add(Command.of("bookmark-toggle", Command.Menu.BOOKMARKS, "menu.bookmarks.toggle", TOGGLE,
                bookmarks::toggle).inSection("bookmark").enabledWhen(documentOpen));
        // Enabled on a bookmarked place; the place changes as the reader scrolls, so it is asked again when the
        // menu opens and whenever the bookmarks or the document change.
        services.commands().add(Command.of("bookmark-remove", Command.Menu.BOOKMARKS, "menu.bookmarks.remove", null,
                bookmarks::removeHere).inSection("bookmark").enabledWhen(bookmarks.bookmarkedHere));
        services.notes().notebookProperty().addListener((obs, old, now) -> bookmarks.update());
        services.model().documentProperty().addListener((obs, old, now) -> bookmarks.update());
        return bookmarks;
    }

    /** Fills the menu built from the registry with the list of bookmarks, kept up to date. */
    public void attach(Menu bookmarksMenu) {
        this.menu = bookmarksMenu;
        fixed = bookmarksMenu.getItems().size();
        bookmarksMenu.getItems().add(new SeparatorMenuItem());
        fixed++;
        notes.notebookProperty().addListener((obs, old, now) -> fill());
        model.libraryProperty().addListener((obs, old, now) -> fill());
        i18n.localeProperty().addListener((obs, old, now) -> fill());
        bookmarksMenu.addEventHandler(Menu.ON_SHOWING, e -> update());
        fill();
    }

    /** The place read now: the open document and its paragraph at the top of the view, or null. */
    private Place place() {
        Document doc = model.documentProperty().get();
        int paragraph = paragraphAtTop.getAsInt();
        if (doc == null || paragraph < 0 || paragraph >= doc.paragraphs().size()) return null;
        return new Place(doc, paragraph);
    }

    private record Place(Document document, int paragraph) {
    }

    /** The bookmark of the place read, if it has one. */
    private Optional<Bookmark> here() {
        Place place = place();
        if (place == null) return Optional.empty();
        return notes.notebook().bookmarksOf(place.document().id()).stream()
                .filter(b -> b.paragraph() == place.paragraph()).findFirst();
    }

    /** Whether the place read has a bookmark, for Remove Bookmark's state. */
    private void update() {
        bookmarkedHere.set(here().isPresent());
    }

    /** Bookmarks the place read, or removes its bookmark when it has one. */
    public void toggle() {
        Place place = place();
        if (place == null) return;
        Optional<Bookmark> existing = here();
        if (existing.isPresent()) {
            notes.remove(existing.get());
        } else {
            notes.put(Bookmark.create(place.document().id(), place.paragraph(),
                    firstWords(place.document().paragraphs().get(place.paragraph()), LABEL)));
        }
        update();
    }

    /** Removes the bookmark of the place read, if it has one. */
    public void removeHere() {
        here().ifPresent(notes::remove);
        update();
    }

    /** Opens a bookmark's place: its document, its paragraph at the top of the view. */
    public void open(Bookmark bookmark) {
        Document doc = model.library().document(bookmark.documentId()).orElse(null);
        if (doc == null) return;
        int paragraph = Math.min(bookmark.paragraph(), doc.paragraphs().size() - 1);
        model.spotProperty().set(null);
        model.openAt(doc, new ReadingSpot(doc.id(), paragraph, List.of()));
    }

    private void fill() {
        if (menu == null) return;
        menu.getItems().remove(fixed, menu.getItems().size());
        Notebook notebook = notes.notebook();
        if (notebook.bookmarks().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("bookmarks.none"));
            none.setId("bookmarks-none");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        int n = 0;
        for (Bookmark bookmark : notebook.bookmarks()) {
            Document doc = model.library().document(bookmark.documentId()).orElse(null);
            MenuItem item;
            if (doc == null) {
                // Another edition, or a file not open: said, and kept.
                item = new MenuItem(i18n.get("bookmarks.missing", bookmark.documentId(), bookmark.paragraph() + 1,
                        bookmark.label()));
                item.setDisable(true);
                item.getStyleClass().add("bookmark-missing");
            } else {
                item = new MenuItem(i18n.get("bookmarks.item", firstWords(doc.title(), LABEL), bookmark.paragraph() + 1,
                        bookmark.label()));
                item.setOnAction(e -> open(bookmark));
            }
            item.setMnemonicParsing(false);
            item.setId("bookmark-" + n++);
            menu.getItems().add(item);
        }
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
