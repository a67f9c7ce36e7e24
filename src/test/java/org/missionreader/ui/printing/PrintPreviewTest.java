package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.Orientation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.PaperSize;
import org.missionreader.print.Paginator;
import org.missionreader.print.StatementContent;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's print commands on the real window, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    private ReaderModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForLibrary() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem item(String id) {
        return window.fileMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Waits for the preview's pagination job to hand its pages back. */
    private static PrintPreview laidOut(PrintPreview preview) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.pagination() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("the preview's pages were not laid out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return preview;
    }

    private void openPressElements(FxRobot robot) {
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
    }

    @Test
    void theCommandsStandBeforeQuitAndWaitForADocument(FxRobot robot) {
        List<String> texts = window.fileMenu().getItems().stream().map(MenuItem::getText).toList();
        // Opening libraries comes first, then the print commands, then Quit.
        assertEquals(List.of("Ouvrir une bibliothèque…", "Bibliothèques récentes", "",
                        "Importer un document…", "Importer depuis le presse-papiers", "", "Aperçu avant impression…", "Imprimer…", "Exporter en PDF…", "", "Exporter les notes…", "", "Quitter"),
                texts.stream().map(t -> t == null ? "" : t).toList());
        assertTrue(item("menu-print-preview").isDisable());
        assertTrue(item("menu-print").isDisable());
        assertTrue(item("menu-export-pdf").isDisable());
        openPressElements(robot);
        assertFalse(item("menu-print-preview").isDisable());
        assertFalse(item("menu-print").isDisable());
        assertFalse(item("menu-export-pdf").isDisable());
        assertEquals("Shift+Shortcut+P", item("menu-print-preview").getAccelerator().getName());
        assertEquals("Shortcut+P", item("menu-print").getAccelerator().getName());
    }

    @Test
    void thePreviewShowsThePagesTheEngineLaysOut(FxRobot robot) throws IOException {
        openPressElements(robot);
        robot.clickOn("#reader-page");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreview preview = window.print().preview();
        assertNotNull(preview, "Ctrl+Shift+P opens the preview");
        assertTrue(preview.stage().isShowing());
        laidOut(preview);
        Label pageLabel = (Label) preview.stage().getScene().lookup("#preview-page-label");
        assertEquals("page 1 sur 1", pageLabel.getText());
        assertEquals(expected(PageSetup.defaults()).pages(), preview.pagination().pages());
        // the sheet shows the statement's own words, in the reading typeface
        List<String> shown = preview.stage().getScene().getRoot().lookupAll(".print-line-body").stream()
                .map(n -> ((Text) n).getText()).toList();
        assertTrue(shown.get(0).startsWith("Nous avons entendu le Représentant spécial"), shown.get(0));
        Screenshots.save(preview.stage().getScene(), "print-preview-a4-11pt");

        robot.interact(() -> preview.fontSizeChoice().setValue(18.0));
        laidOut(preview);
        assertEquals("page 1 sur 2", pageLabel.getText());
        assertEquals(expected(PageSetup.defaults().withFontSize(18)).pages(), preview.pagination().pages());
        robot.clickOn("#preview-next");
        assertEquals("page 2 sur 2", pageLabel.getText());
        assertTrue(((Button) preview.stage().getScene().lookup("#preview-next")).isDisable());
        Screenshots.save(preview.stage().getScene(), "print-preview-a4-18pt-page2");

        robot.interact(() -> {
            preview.paperChoice().setValue(PaperSize.LETTER);
            preview.orientationChoice().setValue(Orientation.LANDSCAPE);
        });
        laidOut(preview);
        PageSetup letterLandscape = PageSetup.of(PaperSize.LETTER, Orientation.LANDSCAPE, 18);
        assertEquals(expected(letterLandscape).pages(), preview.pagination().pages());
        assertEquals(letterLandscape, window.print().setupProperty().get(), "print and export start from the preview's choices");
        Screenshots.save(preview.stage().getScene(), "print-preview-letter-landscape");

        robot.interact(() -> window.print().setupProperty().set(PageSetup.defaults()));
        robot.interact(preview::close);
    }

    @Test
    void thePreviewFollowsTheLanguage(FxRobot robot) {
        openPressElements(robot);
        robot.interact(() -> window.print().showPreview());
        PrintPreview preview = window.print().preview();
        laidOut(preview);
        robot.interact(() -> ((javafx.scene.control.ToggleButton) window.root().lookup("#language-en")).fire());
        laidOut(preview);
        Label pageLabel = (Label) preview.stage().getScene().lookup("#preview-page-label");
        assertEquals("page 1 of 1", pageLabel.getText());
        assertTrue(preview.stage().getTitle().startsWith("Print Preview: "), preview.stage().getTitle());
        assertTrue(preview.pagination().pages().get(0).runningLines().stream().anyMatch(l -> l.text().equals("page 1 of 1")));
        robot.interact(() -> ((javafx.scene.control.ToggleButton) window.root().lookup("#language-fr")).fire());
        robot.interact(preview::close);
    }

    @Test
    void theKeyboardTurnsThePagesAndEscapeCloses(FxRobot robot) {
        openPressElements(robot);
        robot.interact(() -> window.print().setupProperty().set(PageSetup.defaults().withFontSize(18)));
        robot.interact(() -> window.print().showPreview());
        PrintPreview preview = laidOut(window.print().preview());
        robot.interact(() -> preview.stage().requestFocus());
        assertEquals(2, preview.pagination().pageCount());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, preview.pageIndexProperty().get());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, preview.pageIndexProperty().get());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.stage().isShowing());
        robot.interact(() -> window.print().setupProperty().set(PageSetup.defaults()));
    }

    @Test
    void thePagesAndTheFontsAreMadeOffTheJavaFxThreadWhileThePreviewSaysSo(FxRobot robot) throws Exception {
        List<String> work = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        PrintCommands.probe = (what, onFxThread) -> {
            work.add(what + (onFxThread ? " on the JavaFX thread" : " off it"));
            // The first layout waits for the test: the preview must be drawn and usable meanwhile.
            if (what.equals("paginate")) await(release);
        };
        try {
            openPressElements(robot);
            robot.interact(() -> window.print().showPreview());
            PrintPreview preview = window.print().preview();
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(preview.stage().isShowing(), "the preview opens before its pages are laid out");
            assertEquals(null, preview.pagination());
            Label waiting = (Label) preview.stage().getScene().lookup("#preview-laying-out");
            assertNotNull(waiting, "the preview says it is laying the pages out");
            assertEquals("Mise en pages…", waiting.getText());
            assertEquals("", ((Label) preview.stage().getScene().lookup("#preview-page-label")).getText(), "no page count yet");
            assertTrue(window.services().jobs().running().stream().anyMatch(j ->
                    j.kind() == org.missionreader.ui.application.Job.Kind.PAGINATE), "listed as a job");
            Screenshots.save(preview.stage().getScene(), "print-preview-laying-out");
            release.countDown();
            laidOut(preview);
            assertEquals(expected(PageSetup.defaults()).pages(), preview.pagination().pages());

            // A new choice lays the pages out again in a new job.
            robot.interact(() -> preview.fontSizeChoice().setValue(18.0));
            laidOut(preview);
            assertEquals(2, preview.pagination().pageCount());
            assertEquals(List.of("paginate off it", "fonts off it", "paginate off it"), work,
                    "the fonts load once, and nothing of the layout runs on the JavaFX thread");
            robot.interact(() -> window.print().setupProperty().set(PageSetup.defaults()));
            robot.interact(preview::close);
        } finally {
            release.countDown();
            PrintCommands.probe = (what, onFxThread) -> { };
        }
    }

    @Test
    void aNewChoiceSupersedesTheLayoutStillRunning(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger layouts = new java.util.concurrent.atomic.AtomicInteger();
        PrintCommands.probe = (what, onFxThread) -> {
            if (what.equals("paginate") && layouts.incrementAndGet() == 1) await(release);
        };
        try {
            openPressElements(robot);
            robot.interact(() -> window.print().showPreview());
            PrintPreview preview = window.print().preview();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.get() == 1);
            var jobs = window.services().jobs();
            var first = WaitForAsyncUtils.asyncFx(() -> jobs.running().stream()
                    .filter(j -> j.kind() == org.missionreader.ui.application.Job.Kind.PAGINATE).findFirst().orElseThrow()).get();
            // The first layout (11 pt) is still running when the reader picks 18 pt.
            robot.interact(() -> preview.fontSizeChoice().setValue(18.0));
            assertTrue(first.isCancelled(), "the layout for the old choice is cancelled");
            laidOut(preview);
            assertEquals(expected(PageSetup.defaults().withFontSize(18)).pages(), preview.pagination().pages());
            release.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.running().isEmpty()).get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, preview.pagination().pageCount(), "the old layout, done late, is not shown");
            robot.interact(() -> window.print().setupProperty().set(PageSetup.defaults()));
            robot.interact(preview::close);
        } finally {
            release.countDown();
            PrintCommands.probe = (what, onFxThread) -> { };
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Pagination expected(PageSetup setup) {
        var doc = model.library().document(PRESS_ELEMENTS).orElseThrow();
        var content = StatementContent.of(doc, model.library().mission("minusma").orElseThrow(), Locale.FRENCH);
        return new Paginator(window.print().measurer()).paginate(content, setup, Locale.FRENCH);
    }

    @Test
    void withNoPrinterTheReaderIsOfferedThePdfExport(FxRobot robot) {
        openPressElements(robot);
        robot.interact(() -> {
            window.print().setPrinterJobs(() -> null);
            item("menu-print").fire();
        });
        DialogPane dialog = dialog(robot, "print-no-printer");
        assertEquals("Aucune imprimante n’est configurée sur cet ordinateur.", dialog.getHeaderText());
        assertTrue(dialog.getButtonTypes().stream().map(ButtonType::getText).toList().contains("Exporter en PDF…"));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyAndLeavesNoFile(FxRobot robot) throws Exception {
        openPressElements(robot);
        Path target = dir.resolve("missing-folder").resolve("press.pdf");
        var task = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                window.print().exportTo(model.documentProperty().get(), PageSetup.defaults(), target)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task.isDone());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = dialog(robot, "export-error");
        assertEquals("Le PDF n’a pas pu être écrit.", dialog.getHeaderText());
        assertEquals("Impossible d’écrire " + target + "\u00A0: le dossier " + target.getParent() + " n’existe pas.",
                dialog.getContentText());
        assertFalse(Files.exists(target));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void anExportWritesThePdfOffTheJavaFxThread(FxRobot robot) throws Exception {
        openPressElements(robot);
        Path target = dir.resolve("press.pdf");
        var task = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                window.print().exportTo(model.documentProperty().get(), PageSetup.defaults(), target)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task.isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(target) > 1000);
        DialogPane dialog = dialog(robot, "export-done");
        assertEquals(target + " écrit (1 page).", dialog.getContentText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aReadOnlyFileIsReplacedOnlyWhenTheReaderSaysSo(FxRobot robot) throws Exception {
        openPressElements(robot);
        Path target = dir.resolve("kept.pdf");
        Files.writeString(target, "the reader's own file");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        for (boolean replace : new boolean[] {false, true}) {
            var task = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                    window.print().exportTo(model.documentProperty().get(), PageSetup.defaults(), target)));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task.isDone());
            DialogPane ask = dialog(robot, "export-read-only");
            assertTrue(ask.getContentText().contains(target + " est en lecture seule"), ask.getContentText());
            String button = replace ? "Remplacer" : "Garder le fichier";
            robot.clickOn((Node) ask.getButtonTypes().stream().filter(b -> b.getText().equals(button))
                    .map(ask::lookupButton).findFirst().orElseThrow());
            if (!replace) {
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals("the reader's own file", Files.readString(target));
            }
        }
        DialogPane done = dialog(robot, "export-done");
        assertTrue(Files.size(target) > 1000 && Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        // Replaced at the reader's word, the file keeps its mode.
        assertEquals("r--r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        robot.interact(() -> ((Stage) done.getScene().getWindow()).close());
    }

    private static DialogPane dialog(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(robot, id) != null);
        } catch (TimeoutException e) {
            throw new AssertionError("no dialog " + id, e);
        }
        return find(robot, id);
    }

    private static DialogPane find(FxRobot robot, String id) {
        for (Window w : robot.listWindows()) {
            if (w.getScene() == null) continue;
            Node node = w.getScene().getRoot().lookup("#" + id);
            if (node instanceof DialogPane pane) return pane;
        }
        return null;
    }
}
