package org.missionreader.ui.controls;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Cell;

/**
 * Makes a list's cell show its item again when something it is drawn from changes (the window's language).
 * {@code ListView.refresh()} is not enough: a cell the list set aside when it shrank comes back, when it
 * grows, still showing what it showed then, without being asked to update. The cell holds the listener;
 * the source only a weak reference to it, so cells the list drops are not kept.
 */
public final class Relabel {

    private Relabel() {
    }

    public static void onChange(Cell<?> cell, Observable source, Runnable again) {
        InvalidationListener listener = o -> again.run();
        cell.getProperties().put(Relabel.class.getName() + "@" + System.identityHashCode(source), listener);
        source.addListener(new WeakInvalidationListener(listener));
    }
}
