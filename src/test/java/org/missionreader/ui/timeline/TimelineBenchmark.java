package org.missionreader.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.PartialDate;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the timeline with 10,000 made-up events over 30 years in a 1280x200 scene, and measures, at
 * several zoom levels, the nodes under the control and the time to lay it out after each pan step and
 * each zoom step ({@code applyCss} and {@code layout}, timed on the JavaFX thread; no rendering).
 * Run with {@code mvn -Pbench test -Dtest=TimelineBenchmark}; figures go to standard output and to
 * target/bench/timeline.txt. It asserts what the virtualization promises, never a time.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class TimelineBenchmark {

    private static final int EVENTS = 10_000;
    private static final int YEARS = 30;
    private static final LocalDate FROM = LocalDate.of(1994, 1, 1);
    private static final int STEPS = 50;
    private static final int WARM_UP = 30;

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setToday(LocalDate.of(2025, 11, 1));
        view.localeProperty().set(Locale.ENGLISH);
        view.getMissions().setAll(Synthetic.mission("bench", PartialDate.ofDay(1994, 1, 1), PartialDate.ofDay(2023, 12, 31)));
        stage.setScene(new Scene(new StackPane(view), 1280, 200));
        stage.show();
    }

    private record Level(String name, double span) {
    }

    private record Row(String level, int nodes, int maxNodes, int items, double panMedian, double panP95, double panMax,
                       double panCpuMedian, double panCpuP95, double zoomMedian, double zoomP95, double zoomCpuMedian) {
    }

    /**
     * The JavaFX thread's CPU time, in nanoseconds, through java.management (reached by reflection, which
     * needs no module edge); -1 where the JVM does not offer it.
     */
    private static long threadCpuNanos() {
        try {
            if (cpuTime == null) {
                Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
                Method m = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
                threads = bean;
                cpuTime = m;
            }
            return (long) cpuTime.invoke(threads);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return -1;
        }
    }

    private static Object threads;
    private static Method cpuTime;

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Test
    void panAndZoomAtSeveralZoomLevels(FxRobot robot) throws IOException {
        List<TimelineEvent> events = Synthetic.events("bench", EVENTS, FROM, YEARS, 2024);
        long setupStart = System.nanoTime();
        robot.interact(() -> {
            view.getEvents().setAll(events);
            view.fitAll();
            layout();
        });
        double firstLayoutMs = (System.nanoTime() - setupStart) / 1e6;
        double start = FROM.toEpochDay();
        double total = FROM.plusYears(YEARS).toEpochDay() - start;
        List<Level> levels = List.of(new Level("whole span (30 y)", total * 1.1), new Level("5 years", 5 * 365.25),
                new Level("1 year", 365.25), new Level("1 month", 30.44));
        // The JIT compiles the hot paths during a first pass over every level, left out of the figures.
        for (Level level : levels) {
            robot.interact(() -> measure(level, start, total));
        }
        double load = loadAverage();
        List<Row> rows = new ArrayList<>();
        for (Level level : levels) {
            Row[] row = new Row[1];
            robot.interact(() -> row[0] = measure(level, start, total));
            rows.add(row[0]);
        }
        String report = report(rows, firstLayoutMs, load);
        System.out.println(report);
        Path out = Path.of("target", "bench", "timeline.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** Pans across the data in steps of a tenth of the view, then zooms in and out around the middle. */
    private Row measure(Level level, double start, double total) {
        double middle = start + total / 2;
        // The pans go two and a half views forward and back: centred on the middle of the data.
        double from = Math.max(start, middle - level.span() * 1.75);
        view.setViewport(new Viewport(from, from + level.span()));
        layout();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        for (int i = 0; i < WARM_UP; i++) {
            view.pan((i % 2 == 0 ? 1 : -1) * level.span() / 10);
            layout();
        }
        double[] pan = new double[STEPS];
        double[] panCpu = new double[STEPS];
        int maxNodes = 0;
        int maxItems = 0;
        for (int i = 0; i < STEPS; i++) {
            // Twenty-five steps forward, twenty-five back: each a tenth of the view.
            double days = (i < STEPS / 2 ? 1 : -1) * level.span() / 10;
            long c0 = threadCpuNanos();
            long t0 = System.nanoTime();
            view.pan(days);
            layout();
            pan[i] = (System.nanoTime() - t0) / 1e6;
            panCpu[i] = (threadCpuNanos() - c0) / 1e6;
            int items = skin.eventNodes().size() + skin.clusterNodes().size();
            maxItems = Math.max(maxItems, items);
            maxNodes = Math.max(maxNodes, TimelineViewTest.countNodes(view));
            checkOnlyVisibleHaveNodes(skin);
        }
        int nodes = TimelineViewTest.countNodes(view);
        double[] zoom = new double[STEPS / 2];
        double[] zoomCpu = new double[STEPS / 2];
        double anchor = view.getViewport().center();
        for (int i = 0; i < zoom.length; i++) {
            long c0 = threadCpuNanos();
            long t0 = System.nanoTime();
            view.zoom(i % 2 == 0 ? 1.25 : 0.8, anchor);
            layout();
            zoom[i] = (System.nanoTime() - t0) / 1e6;
            zoomCpu[i] = (threadCpuNanos() - c0) / 1e6;
        }
        // Nodes follow what is in view: a bounded number of parts per item shown, plus a small reserve.
        assertTrue(maxNodes <= 6 * maxItems + 120, level.name() + ": " + maxNodes + " nodes for " + maxItems + " items");
        return new Row(level.name(), nodes, maxNodes, maxItems, median(pan), p95(pan), max(pan), median(panCpu), p95(panCpu),
                median(zoom), p95(zoom), median(zoomCpu));
    }

    /** Every event node shows an event reaching into the view (with the small bleed past its edges). */
    private void checkOnlyVisibleHaveNodes(TimelineSkin skin) {
        Viewport v = view.getViewport();
        double bleed = 400 * v.span() / view.getWidth();
        for (EventNode n : skin.eventNodes()) {
            TimelineEvent e = n.event();
            double s = e.date().firstDay().toEpochDay();
            double end = (e.end() != null ? e.end() : e.date()).lastDay().toEpochDay() + 1;
            assertTrue(end >= v.start() - bleed && s <= v.end() + bleed, e.id() + " has a node but is far from " + v);
        }
    }

    private void layout() {
        view.applyCss();
        view.layout();
    }

    private static String report(List<Row> rows, double firstLayoutMs, double load) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Timeline benchmark: %,d events over %d years, scene 1280x200, %d pan steps "
                + "(a tenth of the view each) and %d zoom steps (x1.25 / x0.8) per level; Java %s, %s%n",
                EVENTS, YEARS, STEPS, STEPS / 2, System.getProperty("java.version"), System.getProperty("os.name")));
        out.append(String.format(Locale.ROOT, "first layout with all %,d events (measure labels, lay out the zoom level): %.1f ms; "
                + "load average while measuring: %.2f on %d cores%n%n", EVENTS, firstLayoutMs, load,
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s | %-29s | %-17s | %-20s%n", "", "", "max", "",
                "pan step, wall clock (ms)", "pan step, CPU (ms)", "zoom step (ms)"));
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s | %9s %9s %9s | %8s %8s | %8s %8s %6s%n", "zoom level", "nodes",
                "nodes", "items", "median", "p95", "max", "median", "p95", "median", "p95", "CPU"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-18s %6d %6d %6d | %9.2f %9.2f %9.2f | %8.2f %8.2f | %8.2f %8.2f %6.2f%n",
                    r.level(), r.nodes(), r.maxNodes(), r.items(), r.panMedian(), r.panP95(), r.panMax(), r.panCpuMedian(),
                    r.panCpuP95(), r.zoomMedian(), r.zoomP95(), r.zoomCpuMedian()));
        }
        out.append("\nnodes: all nodes under the control after the pans (pooled spares included); items: events and clusters "
                + "shown at most. A step is the pan or zoom call, then applyCss() and layout() on the control. Wall clock "
                + "counts waiting for a core when other processes run; CPU is the JavaFX thread's own time.\n");
        return out.toString();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double p95(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.ceil(v.length * 0.95) - 1];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
