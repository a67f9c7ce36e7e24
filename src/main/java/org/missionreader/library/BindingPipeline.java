package org.missionreader.library;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the items the reader takes out of a large file to the binder on a thread of its own, in batches,
 * so that reading (Jackson's parse, positions) and binding (checks, ids, the model) run on two cores at
 * once. The binder sees the items in the order they were read, one at a time, as it would without the
 * pipeline: the same problems and the same library come out. Whether an array streams is still decided
 * on the reading thread; only {@link LibraryBinder#item} runs on the binding thread, and nothing else
 * touches the binder until {@link #finish} has waited for it.
 */
final class BindingPipeline implements JsonTreeReader.ItemSink, AutoCloseable {

    /** Items per hand-over: enough to make the hand-over cost nothing, few enough to keep both threads busy. */
    private static final int BATCH = 256;
    private static final Object[] END = new Object[0];

    private final LibraryBinder binder;
    /** Batches of (field, item) pairs; bounded, so that a slow binder holds the reader back, not memory. */
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(32);
    private Object[] batch = new Object[BATCH * 2];
    private int filled;
    private Thread worker;
    private volatile Throwable failure;

    BindingPipeline(LibraryBinder binder) {
        this.binder = binder;
    }

    @Override
    public boolean streams(String field, JsonNode.ObjectNode root) {
        return binder.streams(field, root);
    }

    @Override
    public void item(String field, JsonNode item) {
        batch[filled++] = field;
        batch[filled++] = item;
        if (filled == batch.length) {
            handOver();
        }
    }

    @Override
    public void restart() {
        finish();
        binder.restart();
    }

    /** Waits until every item read so far is bound; a failure of the binding thread is thrown here. */
    void finish() {
        handOver();
        if (worker != null) {
            put(END);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while binding the library", e);
            } finally {
                worker = null;
            }
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException r) throw r;
        if (failed instanceof Error e) throw e;
        if (failed != null) throw new IllegalStateException(failed);
    }

    /** Stops the binding thread when reading ended early (cancelled, or failed): nothing waits for it then. */
    @Override
    public void close() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
            worker = null;
        }
    }

    private void handOver() {
        if (filled == 0) return;
        if (worker == null) {
            worker = new Thread(this::bindAll, "library-binder");
            worker.setDaemon(true);
            worker.start();
        }
        put(Arrays.copyOf(batch, filled));
        filled = 0;
    }

    private void put(Object[] items) {
        try {
            while (!queue.offer(items, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // The binder stopped taking (it failed): stop reading instead of waiting for ever.
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the library", e);
        }
    }

    private void bindAll() {
        try {
            while (true) {
                Object[] items = queue.take();
                if (items == END) return;
                for (int i = 0; i < items.length; i += 2) {
                    binder.item((String) items[i], (JsonNode) items[i + 1]);
                }
            }
        } catch (InterruptedException e) {
            // Reading ended early: the load is being abandoned.
        } catch (Throwable t) {
            failure = t;
        }
    }
}
