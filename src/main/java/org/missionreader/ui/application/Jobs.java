package org.missionreader.ui.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
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

    /** Stops taking work and cancels what runs (the application is quitting). */
    public void shutdown() {
        for (Job job : running) job.cancel();
        executor.shutdownNow();
    }
}
