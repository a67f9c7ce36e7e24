package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.cite.CitationText;
import org.missionreader.library.Document;
import org.missionreader.library.LibraryLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+C and Edit > Copy citation, with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class CopyCitationTest {

    private ReaderModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForLibrary() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
    }

    private String clipboard() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void ctrlShiftCCopiesTheOpenDocumentsCitation(FxRobot robot) {
        Document doc = model.library().document("minusma-press-elements-2015-03-04").orElseThrow();
        robot.interact(() -> model.open(doc));
        robot.clickOn("#reader-page");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = clipboard();
        assertEquals(CitationText.format(doc, Locale.FRENCH, java.time.LocalDate.now()), copied);
        assertTrue(copied.startsWith("François Delattre, Président du Conseil de sécurité"), copied);
        assertTrue(copied.contains("«\u202fEléments à la presse du Président du Conseil de sécurité\u202f», 4\u00A0mars 2015."));
    }

    @Test
    void theMenuItemFollowsTheLanguageAndIsOffWithoutADocument(FxRobot robot) {
        robot.clickOn("#language-en");
        robot.interact(() -> model.documentProperty().set(null));
        robot.clickOn("Edit");
        assertTrue(robot.lookup("Copy document citation").tryQuery().isPresent());
        javafx.scene.control.MenuItem item = window.editMenu().getItems().stream()
                .filter(i -> "menu-copy-citation".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isDisable());
        robot.type(KeyCode.ESCAPE);
        Document notice = model.library().document("minusma-closure-notice").orElseThrow();
        robot.interact(() -> model.open(notice));
        robot.clickOn("Edit").clickOn("Copy document citation");
        String copied = clipboard();
        assertEquals(CitationText.format(notice, Locale.ENGLISH, java.time.LocalDate.now()), copied);
        assertTrue(copied.contains("n.d."), copied);
    }

    @Test
    void copyCitationAsGivesEachFormat(FxRobot robot) {
        robot.clickOn("#language-en");
        Document doc = model.library().document("minusma-press-elements-2015-03-04").orElseThrow();
        robot.interact(() -> model.open(doc));
        robot.clickOn("Edit").clickOn("Copy citation as").clickOn("BibTeX (biblatex)");
        String bib = clipboard();
        assertTrue(bib.startsWith("@report{minusma-press-elements-2015-03-04,"), bib);
        assertTrue(bib.contains("urldate = {" + java.time.LocalDate.now() + "}"), bib);
        robot.clickOn("Edit").clickOn("Copy citation as").clickOn("RIS (Zotero, EndNote)");
        assertTrue(clipboard().startsWith("TY  - RPRT"), clipboard());
        robot.clickOn("Edit").clickOn("Copy citation as").clickOn("CSL-JSON (pandoc, Zotero)");
        assertTrue(clipboard().contains("\"literal\" : \"François Delattre\""), clipboard());
        robot.clickOn("Edit").clickOn("Copy citation as").clickOn("Plain text");
        assertTrue(clipboard().endsWith("."), clipboard());
        assertTrue(clipboard().contains("Accessed "), clipboard());
    }
}
