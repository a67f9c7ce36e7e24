package org.missionreader.ui.application;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Actions that wait for a value: each runs once, then stops listening. */
public final class Once {

    private Once() {
    }

    /** Runs the action at once if {@code value} holds {@code wanted}, else the first time it comes to hold it. */
    public static <T> void when(ObservableValue<T> value, T wanted, Runnable action) {
        if (Objects.equals(value.getValue(), wanted)) {
            action.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T was, T now) {
                if (Objects.equals(now, wanted)) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
