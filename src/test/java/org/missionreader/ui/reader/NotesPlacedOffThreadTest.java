package org.missionreader.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes of an opening document: a quote found as written is drawn at once; one that only folding the
 * text finds again (an edition changed its case and accents, or moved it to another paragraph) is placed in a
 * job, off the JavaFX thread, and drawn when it comes back; its place is kept, so the next change places nothing.
 */
@ExtendWith(ApplicationExtension.class)
class NotesPlacedOffThreadTest {

    private static final String DOC = "essai-declaration";
    private static final String P0 = "Les membres du CONSEIL DE SECURITE ont salué le paraphe de l’accord.";
    private static final String P1 = "Ils ont appelé toutes les parties à signer l’accord sans tarder.";
    private static final String P2 = "Le Conseil restera saisi de la question.";
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private ReaderModel model;
    private MainWindow window;
    private final List<String> work = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    /** A library of one mission and one short statement, its first paragraph in capitals as a later edition has it. */
    private static LoadResult statement() {
        String json = """
                {"schemaVersion": 1,
                 "missions": [{"id": "essai", "acronym": {"fr": "ESSAI", "en": "TRIAL"},
                   "name": {"fr": "Mission d’essai", "en": "Trial mission"}, "country": {"fr": "Ailleurs", "en": "Elsewhere"},
                   "start": "2020-01-01", "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "test data"}]}],
                 "documents": [{"id": "%s", "mission": "essai", "kind": "other", "title": "Déclaration d’essai",
                   "date": "2020-02-03", "language": "fr", "paragraphs": ["%s", "%s", "%s"], "source": {"name": "test data"}}],
                 "events": []}""".formatted(DOC, P0, P1, P2);
        return new LibraryLoader().load("essai.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Note note(String id, int paragraph, int start, String quote) {
        return new Note(id, new Anchor(DOC, paragraph, start, start + quote.length(), quote), NoteColour.YELLOW, "", T, T);
    }

    @BeforeEach
    void holdThePlacing() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        ReaderHighlights.probe = (what, onFxThread) -> {
            work.add(what + (onFxThread ? " on the JavaFX thread" : " off it"));
            // The job waits for the test; on the JavaFX thread nothing may wait.
            if (!onFxThread) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @AfterEach
    void quietProbe() {
        release.countDown();
        ReaderHighlights.probe = (what, onFxThread) -> { };
    }

    /** The texts of the highlights drawn, in the page's order. */
    private List<String> drawn() throws Exception {
        SelectableTextPane page = window.reader().page();
        return WaitForAsyncUtils.asyncFx(() -> page.highlights().stream()
                .map(h -> page.blockText(h.block()).substring(h.start(), h.end())).sorted().toList()).get();
    }

    @Test
    void aQuoteAsWrittenIsDrawnAtOnceAndOneFoundByFoldingComesFromAJob(FxRobot robot) throws Exception {
        LoadResult result = statement();
        Document doc = result.library().document(DOC).orElseThrow(() -> new AssertionError(result.problems()));
        // Made on the first edition: "Conseil de sécurité" as it was written then, "restera saisi" in the first paragraph.
        Note asWritten = note("as-written", 1, P1.indexOf("toutes"), "toutes les parties");
        Note folded = note("folded", 0, P0.indexOf("CONSEIL"), "Conseil de sécurité");
        Note moved = note("moved", 0, 3, "restera saisi");
        Note gone = note("gone", 1, 0, "nulle part");
        robot.interact(() -> {
            model.libraryLoaded(result);
            var notes = window.services().notes();
            for (Note n : List.of(asWritten, folded, moved, gone)) notes.put(n);
            model.open(doc);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn().equals(List.of("toutes les parties")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> work.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("toutes les parties"), drawn(), "the quote as written is drawn while the job is held");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> window.services().jobs().running().stream()
                .filter(j -> j.kind() == Job.Kind.NOTES_PLACE).count()).get().intValue(), "one placing job");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn().size() == 3);
        assertEquals(List.of("CONSEIL DE SECURITE", "restera saisi", "toutes les parties"), drawn(),
                "found again by folding, drawn where they are now; the quote gone is not drawn");
        assertEquals(List.of("place off it", "place off it", "place off it"), work,
                "the three notes not found as written placed once each, in the job");

        // Another change to the notebook draws again with the places kept: nothing placed again.
        Note more = note("more", 2, P2.indexOf("la question"), "la question");
        robot.interact(() -> window.services().notes().put(more));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("CONSEIL DE SECURITE", "la question", "restera saisi", "toutes les parties"), drawn());
        assertEquals(3, work.size(), work.toString());
        assertTrue(work.stream().noneMatch(w -> w.endsWith("on the JavaFX thread")), work.toString());
    }
}
