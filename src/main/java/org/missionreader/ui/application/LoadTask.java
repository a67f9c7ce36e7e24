package org.missionreader.ui.application;

import java.util.function.Function;
import javafx.concurrent.Task;
import org.missionreader.library.LoadMonitor;

/**
 * A library load run by JavaFX's task machinery, which is also the load's monitor: the loader's progress
 * becomes the task's, and cancelling the task stops the loader at its next step.
 */
public final class LoadTask<T> extends Task<T> implements LoadMonitor {

    private final Function<LoadMonitor, T> loader;

    public LoadTask(Function<LoadMonitor, T> loader) {
        this.loader = loader;
    }

    @Override
    protected T call() {
        return loader.apply(this);
    }

    @Override
    public void progress(double fraction) {
        updateProgress(fraction, 1);
    }
}
