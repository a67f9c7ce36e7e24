package org.missionreader.ui.application;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * All the window's background work: one executor runs every job; each job is listed, with its title,
 * progress and cancel, from the moment it is submitted until its thread has finished with it (a cancelled
 * job stays listed until its work has really stopped). A job of a superseded kind cancels the one before.
 * Jobs are submitted on the JavaFX thread, or while the application starts, before its window exists.
 */
public final class Jobs {

    private static final System.Logger LOG = System.getLogger(Jobs.class.getName());

    private final ExecutorService executor;
    private final ObservableList<Job> running = FXCollections.observableArrayList();
    private final ObservableList<Job> runningView = FXCollections.unmodifiableObservableList(running);

    public Jobs() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "mission-reader-job-" + count.incrementAndGet());
            // A job never holds the application open: quitting ends it.
            thread.setDaemon(true);
            return thread;
        };
        executor = Executors.newCachedThreadPool(threads);
    }

    /**
     * Runs a task in the background and lists it until it has ended. The task's own handlers
     * (succeeded, failed, cancelled) run on the JavaFX thread as usual.
     */
    public Job submit(Job.Kind kind, ObservableStringValue title, Task<?> task) {
        if (kind.superseded()) cancelAll(kind);
        Job job = new Job(kind, title, task);
        // Submitted from the JavaFX thread, or before the window exists (the application's init): the list
        // changes on the JavaFX thread, its removal queued after its addition.
        if (Platform.isFxApplicationThread()) running.add(job);
        else Platform.runLater(() -> running.add(job));
        // Listed until the work has left its thread: a cancelled task is CANCELLED at once, its call() may run on.
        executor.execute(() -> {
            try {
                task.run();
            } finally {
                Platform.runLater(() -> running.remove(job));
            }
        });
        return job;
    }

    /** The jobs now running, oldest first; read-only. */
    public ObservableList<Job> running() {
        return runningView;
    }

    /** Cancels every running job of a kind. */
    public void cancelAll(Job.Kind kind) {
        for (Job job : running) {
            if (job.kind() == kind && job.task().getState() != Worker.State.CANCELLED) job.cancel();
        }
    }

    /** Runs plain work in the background, listed under its kind, for work with no result to hand back. */
    public Job run(Job.Kind kind, ObservableStringValue title, Runnable work) {
        return submit(kind, title, new Task<Void>() {
            @Override
            protected Void call() {
                work.run();
                return null;
            }
        });
    }

    /**
     * A serial lane of jobs of one kind: an executor that runs what it is given one task at a time, in the
     * order given, on this one's threads. While it has work, one job of the kind is listed (its title the
     * lane's); it ends when the lane is empty, and the next task starts another. A task that throws does not
     * stop the ones after it (each task reports its own failures; one that escapes is logged). For work whose
     * order matters, such as the notes' writes; the kind may not be superseded (a new drain would cancel the
     * one running). Tasks may be given from any thread.
     */
    public Executor serial(Job.Kind kind, ObservableStringValue title) {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
        if (kind.superseded()) throw new IllegalArgumentException(kind + " is superseded: a serial lane's work is all kept");
        return new Lane(kind, title);
    }

    /** The queue of a {@link #serial} lane, drained by one job at a time. */
    private final class Lane implements Executor {
        private final Job.Kind kind;
        private final ObservableStringValue title;
        private final Queue<Runnable> queue = new ArrayDeque<>();
        /** Whether a drain job has been submitted and has not yet found the queue empty; guarded by the queue. */
        private boolean draining;

        Lane(Job.Kind kind, ObservableStringValue title) {
            this.kind = kind;
            this.title = title;
        }

        @Override
        public void execute(Runnable work) {
            Objects.requireNonNull(work);
            synchronized (queue) {
                queue.add(work);
                if (draining) return;
                draining = true;
            }
            startDrain();
        }

        private void startDrain() {
            try {
                run(kind, title, this::drain);
            } catch (RuntimeException e) {
                // The executor refused (it is shut down): nothing of the lane will run.
                synchronized (queue) {
                    draining = false;
                    queue.clear();
                }
                throw e;
            }
        }

        /** Runs the queued tasks until none is left; an error that ends it early hands the rest to a new drain. */
        private void drain() {
            boolean emptied = false;
            try {
                while (true) {
                    Runnable next;
                    synchronized (queue) {
                        next = queue.poll();
                        if (next == null) {
                            draining = false;
                            emptied = true;
                            return;
                        }
                    }
                    try {
                        next.run();
                    } catch (RuntimeException e) {
                        // A task reports its own failures: one that escapes is a bug, logged, and the lane goes on.
                        LOG.log(System.Logger.Level.WARNING, "a task of the " + kind + " lane failed", e);
                    }
                }
            } finally {
                if (!emptied) {
                    boolean more;
                    synchronized (queue) {
                        more = !queue.isEmpty();
                        draining = more;
                    }
                    if (more) startDrain();
                }
            }
        }
    }

    /**
     * Waits, up to a limit in all, for the running jobs of a kind to finish their work: on quitting, so that a
     * change being written (the reader's own library) is written before the JVM exits. Call it on the JavaFX
     * thread; the jobs' handlers, which run there, come after. Returns whether they all finished in time.
     */
    public boolean awaitAll(Job.Kind kind, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        boolean finished = true;
        for (Job job : List.copyOf(running)) {
            if (job.kind() != kind) continue;
            try {
                job.task().get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                finished = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | CancellationException e) {
                // It ended, failed or cancelled: nothing more is being written.
            }
        }
        return finished;
    }

    /** Stops taking work and cancels what runs (the application is quitting). */
    public void shutdown() {
        for (Job job : running) job.cancel();
        executor.shutdownNow();
    }
}
