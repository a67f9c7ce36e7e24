package org.missionreader.ui.citation;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.cite.CitationFormat;
import org.missionreader.cite.Locator;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;

/**
 * Edit > Copy Citation (Ctrl+Shift+C) and Copy Citation As: the open document's citation on the clipboard,
 * as plain text or in a format a reference manager pastes, consulted today; when the reader has selected
 * text in the document's paragraphs, the citation points at them ("§ 3", "§§ 3–4"). Edit > Copy with
 * Paragraph Number (Ctrl+Alt+C) copies the selected text followed by its paragraphs, "… (§ 3)".
 */
public final class CitationCommands {

    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination COPY_WITH_PARAGRAPH = new KeyCodeCombination(KeyCode.C,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

    /** Text selected in the open document: as copied, and the paragraphs it spans (from 1, as § shows them). */
    public record Quote(String text, int firstParagraph, int lastParagraph) {
        Locator locator() {
            return new Locator(firstParagraph, lastParagraph);
        }
    }

    private final Services services;
    private final Supplier<Quote> selection;

    private CitationCommands(Services services, Supplier<Quote> selection) {
        this.services = services;
        this.selection = selection;
    }

    /** Adds the commands to the registry's Edit menu; citations of the whole document only. */
    public static CitationCommands install(Services services) {
        return install(services, () -> null);
    }

    /**
     * Adds the commands to the registry's Edit menu; {@code selection} gives the text selected in the open
     * document's paragraphs, or null when none is.
     */
    public static CitationCommands install(Services services, Supplier<Quote> selection) {
        CitationCommands citations = new CitationCommands(services, selection);
        BooleanBinding documentOpen = services.model().documentProperty().isNotNull();
        services.commands().add(Command.of("copy-citation", Command.Menu.EDIT, "menu.edit.copyCitation", COPY,
                () -> citations.copy(CitationFormat.TEXT)).inSection("cite").enabledWhen(documentOpen));
        for (CitationFormat format : CitationFormat.values()) {
            services.commands().add(Command.of("copy-citation-" + format.cliName(), Command.Menu.EDIT,
                    "menu.edit.citation." + format.cliName(), null, () -> citations.copy(format))
                    .inSection("cite").inSubmenu("menu.edit.copyCitationAs").enabledWhen(documentOpen));
        }
        // Before the citations: nothing stands under Copy Citation As, whose submenu a pointer reaches diagonally.
        services.commands().addBefore("copy-citation", Command.of("copy-with-paragraph", Command.Menu.EDIT, "menu.edit.copyWithParagraph",
                COPY_WITH_PARAGRAPH, citations::copyWithParagraph).inSection("cite").enabledWhen(documentOpen));
        return citations;
    }

    /** Puts the selected text and its paragraphs on the clipboard, "… (§ 3)"; nothing without a selection in them. */
    public void copyWithParagraph() {
        Quote quote = selection.get();
        if (quote == null || quote.text().isEmpty()) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(withParagraph(quote, services.i18n().locale()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A quote followed by its paragraphs: "text (§ 3)", "text (§§ 3–4)". */
    public static String withParagraph(Quote quote, java.util.Locale locale) {
        return quote.text() + " (" + quote.locator().text(locale) + ")";
    }

    /** Puts the open document's citation on the clipboard in a format; nothing without a document. */
    public void copy(CitationFormat format) {
        ReaderModel model = services.model();
        if (model.documentProperty().get() == null) return;
        ClipboardContent content = new ClipboardContent();
        Quote quote = selection.get();
        content.putString(format.format(model.documentProperty().get(), model.library(), services.i18n().locale(),
                LocalDate.now(), quote == null ? null : quote.locator()));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
