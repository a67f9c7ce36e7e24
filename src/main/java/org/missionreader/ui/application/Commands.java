package org.missionreader.ui.application;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every command of the window, in the order the features added them: the menus are built from it, the
 * shortcuts list reads it, and tests run commands through it as a reader would through the menus.
 */
public final class Commands {

    private final ObservableList<Command> all = FXCollections.observableArrayList();

    /** Adds a command; its id must be new. */
    public Command add(Command command) {
        if (find(command.id()).isPresent()) throw new IllegalArgumentException("command already added: " + command.id());
        all.add(command);
        return command;
    }

    /** Adds a command just before another (e.g. before Quit), or at the end if that one is not there. */
    public Command addBefore(String otherId, Command command) {
        add(command);
        // By id, as commands are told apart: a record's equals would compare every field, and its first call
        // links the record's equality at run time (about 20 ms of the window's start, in a profile).
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id().equals(otherId)) {
                all.remove(all.size() - 1);
                all.add(i, command);
                break;
            }
        }
        return command;
    }

    public Optional<Command> find(String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The command of that id; a missing one is a programming error. */
    public Command get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no command " + id));
    }

    /** The commands of one menu, in order. */
    public List<Command> in(Command.Menu menu) {
        return all.stream().filter(c -> c.menu() == menu).toList();
    }

    public ObservableList<Command> all() {
        return FXCollections.unmodifiableObservableList(all);
    }
}
