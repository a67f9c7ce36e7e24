package org.missionreader.ui.citation;

import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.missionreader.cite.CitationFormat;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;

/**
 * Edit > Copy Citation (Ctrl+Shift+C) and Copy Citation As: the open document's citation on the clipboard,
 * as plain text or in a format a reference manager pastes, consulted today.
 */
public final class CitationCommands {

    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Services services;

    private CitationCommands(Services services) {
        this.services = services;
    }

    /** Adds the commands to the registry's Edit menu. */
    public static CitationCommands install(Services services) {
        CitationCommands citations = new CitationCommands(services);
        BooleanBinding documentOpen = services.model().documentProperty().isNotNull();
        services.commands().add(Command.of("copy-citation", Command.Menu.EDIT, "menu.edit.copyCitation", COPY,
                () -> citations.copy(CitationFormat.TEXT)).inSection("cite").enabledWhen(documentOpen));
        for (CitationFormat format : CitationFormat.values()) {
            services.commands().add(Command.of("copy-citation-" + format.cliName(), Command.Menu.EDIT,
                    "menu.edit.citation." + format.cliName(), null, () -> citations.copy(format))
                    .inSection("cite").inSubmenu("menu.edit.copyCitationAs").enabledWhen(documentOpen));
        }
        return citations;
    }

    /** Puts the open document's citation on the clipboard in a format; nothing without a document. */
    public void copy(CitationFormat format) {
        ReaderModel model = services.model();
        if (model.documentProperty().get() == null) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(format.format(model.documentProperty().get(), model.library(), services.i18n().locale(),
                LocalDate.now()));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
