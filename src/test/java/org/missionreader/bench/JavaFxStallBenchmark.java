package org.missionreader.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The longest the JavaFX thread stalls (the largest gap between two frames, as an animation timer sees
 * them; a frame is 16.7 ms at 60 Hz) while the reader opens the print preview, types a search, types in
 * Find and opens the problems panel, on the real window with a synthetic library of 10,000 documents
 * written on one line (as a minifier writes it) with two impossible dates in it. Beside each, the CPU time
 * the JavaFX thread used and the collectors' pauses meanwhile, to tell the thread's own work from a busy
 * machine. Run with
 * {@code mvn -o -Pbench test -Dscreens.skip=true -Dtest=JavaFxStallBenchmark}; figures in
 * target/bench/javafx-stalls.txt.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class JavaFxStallBenchmark {

    private static final int DOCUMENTS = 10_000;

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    /** Records the largest gap between frames from {@link #reset()} on; used on the JavaFX thread. */
    private static final class FrameGaps extends AnimationTimer {
        private long last;
        private long longest;

        @Override
        public void handle(long now) {
            if (last != 0) longest = Math.max(longest, now - last);
            last = now;
        }

        void reset() {
            last = 0;
            longest = 0;
        }
    }

    /**
     * What the JVM's management beans say, read reflectively (the test module does not read
     * java.management): the CPU time a thread has used, and the time all collectors have paused, in ns;
     * -1 where the JVM does not tell. A long gap with little JavaFX-thread CPU time is the machine, not
     * the thread's own work.
     */
    private static final class Machine {
        private static Object threads;
        private static java.lang.reflect.Method cpuTime;
        private static java.util.List<?> collectors;
        private static java.lang.reflect.Method collectionTime;

        static {
            try {
                Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
                threads = factory.getMethod("getThreadMXBean").invoke(null);
                cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getThreadCpuTime", long.class);
                collectors = (java.util.List<?>) factory.getMethod("getGarbageCollectorMXBeans").invoke(null);
                collectionTime = Class.forName("java.lang.management.GarbageCollectorMXBean").getMethod("getCollectionTime");
            } catch (ReflectiveOperationException | RuntimeException e) {
                threads = null;
            }
        }

        static long cpu(Thread thread) {
            if (threads == null) return -1;
            try {
                return (Long) cpuTime.invoke(threads, thread.threadId());
            } catch (ReflectiveOperationException e) {
                return -1;
            }
        }

        static long gc() {
            if (threads == null) return -1;
            long ms = 0;
            try {
                for (Object c : collectors) ms += (Long) collectionTime.invoke(c);
            } catch (ReflectiveOperationException e) {
                return -1;
            }
            return ms * 1_000_000;
        }
    }

    /** The synthetic library rewritten on one line, its first and last documents dated 30 February. */
    private static Path minifiedLibrary() throws Exception {
        Path file = Path.of("target", "bench", "synthetic-" + DOCUMENTS + "-minified.json");
        if (Files.exists(file)) return file;
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(LibraryLoadBenchmark.library(DOCUMENTS).toFile());
        ArrayNode documents = (ArrayNode) root.get("documents");
        ((ObjectNode) documents.get(0)).put("date", "2021-02-30");
        ((ObjectNode) documents.get(documents.size() - 1)).put("date", "2021-02-30");
        Files.write(file, mapper.writeValueAsBytes(root));
        return file;
    }

    @Test
    void longestStallDuringEachAction(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        Path file = minifiedLibrary();
        LoadResult result = new LibraryLoader().load(file);
        assertTrue(result.library().documents().size() >= DOCUMENTS - 2, result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 1 && p.column() > 1000), result.problems().toString());
        robot.interact(() -> model.libraryLoaded(result));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> window.search().service().readyProperty().get());
        Document longest = result.library().documents().stream()
                .max(Comparator.comparingInt(d -> d.paragraphs().stream().mapToInt(p -> p.length()).sum())).orElseThrow();
        int characters = longest.paragraphs().stream().mapToInt(String::length).sum();

        BenchReport report = new BenchReport("javafx-stalls",
                "longest JavaFX-thread stall (largest gap between frames) per action, " + DOCUMENTS + "-document library");
        report.line("library: %s (%.1f MB, one line), longest document %s (%d characters)", file.getFileName(),
                Files.size(file) / 1048576.0, longest.id(), characters);
        report.line("%-44s %11s %12s %9s %9s", "action", "longest ms", "FX CPU ms", "GC ms", "took ms");
        FrameGaps gaps = new FrameGaps();
        robot.interact(gaps::start);
        try {
            measure(robot, report, gaps, "idle (1 s, the floor)", () -> { }, () -> { }, () -> true, 1000);

            robot.interact(() -> model.open(longest));
            robot.clickOn("#reader-page");
            measure(robot, report, gaps, "print preview, first open (fonts load)", () -> window.print().showPreview(), () -> { },
                    () -> window.print().preview() != null && window.print().preview().pagination() != null, 0);
            measure(robot, report, gaps, "print preview, text size changed", () ->
                            window.print().preview().fontSizeChoice().setValue(14.0), () -> { },
                    () -> window.print().preview().pagination() != null, 0);
            robot.interact(() -> window.print().preview().stage().close());

            robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
            measure(robot, report, gaps, "search, typing \"reconciliation\"", () -> { }, () -> robot.write("reconciliation"),
                    () -> !window.search().results().getItems().isEmpty(), 300);
            robot.type(KeyCode.ESCAPE);

            robot.clickOn("#reader-page");
            robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
            String word = longest.language().startsWith("fr") ? "conseil" : "council";
            measure(robot, report, gaps, "find, typing \"" + word + "\" (" + characters + " chars)", () -> { },
                    () -> robot.write(word), () -> window.find().matchCount() > 0, 300);
            robot.type(KeyCode.ESCAPE);

            measure(robot, report, gaps, "problems panel, open at the first problem", () -> window.problemsPanel().show(stage),
                    () -> { }, () -> window.problemsPanel().source().lookup("#problem-line") != null, 0);
            robot.interact(() -> window.problemsPanel().stage().hide());
        } finally {
            robot.interact(gaps::stop);
        }
        report.write();
    }

    /**
     * The 10,000-document file opened beside the bundled library (File > Open, or the command line at start): read
     * off the JavaFX thread, then added to the window; the longest gap until its missions are listed, and for a
     * second after (the search index is rebuilt meanwhile). Reported in target/bench/javafx-stalls-add.txt.
     */
    @Test
    void longestStallAddingTheFile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        Path file = minifiedLibrary();
        int before = model.library().missions().size();
        BenchReport report = new BenchReport("javafx-stalls-add",
                "longest JavaFX-thread stall while a " + DOCUMENTS + "-document file joins the bundled library");
        report.line("%-44s %11s %12s %9s %9s", "action", "longest ms", "FX CPU ms", "GC ms", "took ms");
        FrameGaps gaps = new FrameGaps();
        robot.interact(gaps::start);
        try {
            measure(robot, report, gaps, "idle (1 s, the floor)", () -> { }, () -> { }, () -> true, 1000);
            measure(robot, report, gaps, "file opened, until its missions are listed", () -> window.libraryOpener().open(file, false),
                    () -> { }, () -> !model.loadingProperty().get() && model.library().missions().size() > before, 1000);
        } finally {
            robot.interact(gaps::stop);
        }
        report.write();
    }

    /**
     * Starts {@code action} on the JavaFX thread (its own time there counts), then does {@code typing} as the
     * reader would (on the test's thread), waits for {@code done}, then {@code settle} ms more, and reports
     * the longest gap between frames meanwhile.
     */
    private static void measure(FxRobot robot, BenchReport report, FrameGaps gaps, String name, Runnable action,
                                Runnable typing, Callable<Boolean> done, long settle) throws Exception {
        robot.sleep(300); // frames running steadily before the action
        robot.interact(gaps::reset);
        Thread fx = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
        long cpu0 = Machine.cpu(fx);
        long gc0 = Machine.gc();
        long t0 = System.nanoTime();
        robot.interact(action);
        typing.run();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(done).get());
        long took = System.nanoTime() - t0;
        robot.sleep(settle);
        WaitForAsyncUtils.waitForFxEvents();
        long longest = WaitForAsyncUtils.asyncFx(() -> gaps.longest).get();
        long cpu = cpu0 < 0 ? -1 : Machine.cpu(fx) - cpu0;
        long gc = gc0 < 0 ? -1 : Machine.gc() - gc0;
        report.line("%-44s %11.1f %12s %9s %9.1f", name, longest / 1e6, cpu < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", cpu / 1e6),
                gc < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", gc / 1e6), took / 1e6);
    }
}
