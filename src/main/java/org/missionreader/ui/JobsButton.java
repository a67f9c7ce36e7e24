package org.missionreader.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.controls.JobList;

/**
 * The toolbar's sign that work runs in the background (an index built, a document printed or exported,
 * a file loaded): how many jobs, and under it the list of them, each with its progress and its Cancel.
 * Hidden while nothing runs; the start-up's own work (fonts, icons) and the notes' writes (milliseconds, at
 * each change saved: the button would flash in and out) are not listed. It shows once work has run for
 * {@link #SHOW_AFTER}: a job done sooner (the bundled library's search index, built as the window opens)
 * never makes it flash in and out.
 */
final class JobsButton extends MenuButton {

    /** How long work runs before the button shows it. */
    static final javafx.util.Duration SHOW_AFTER = javafx.util.Duration.millis(500);

    JobsButton(Jobs jobs, I18n i18n) {
        setId("jobs-button");
        getStyleClass().add("jobs-button");
        IntegerBinding count = Bindings.createIntegerBinding(
                () -> (int) jobs.running().stream().filter(JobsButton::listed).count(), jobs.running());
        textProperty().bind(i18n.compute(() -> i18n.get("jobs.button", count.get()), count));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        setGraphic(busy);
        javafx.animation.Timeline turn = turning(busy);
        javafx.beans.property.BooleanProperty due = new javafx.beans.property.SimpleBooleanProperty();
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(SHOW_AFTER);
        wait.setOnFinished(e -> due.set(count.get() > 0));
        count.addListener((obs, was, now) -> {
            if (now.intValue() == 0) {
                wait.stop();
                due.set(false);
            } else if (was.intValue() == 0) {
                wait.playFromStart();
            }
        });
        // False whenever nothing runs: set so when the count comes to 0.
        visibleProperty().bind(due);
        managedProperty().bind(visibleProperty());
        due.addListener((obs, was, now) -> {
            if (now) turn.play();
            else turn.stop();
        });

        Label heading = new Label();
        heading.textProperty().bind(i18n.text("jobs.title"));
        heading.getStyleClass().add("jobs-heading");
        JobList list = new JobList(jobs, i18n, JobsButton::listed);
        list.setPrefWidth(420);
        VBox content = new VBox(8, heading, list);
        content.getStyleClass().add("jobs-popup");
        CustomMenuItem item = new CustomMenuItem(content, false);
        getItems().add(item);
        // Nothing left to show: the list closes with the last job.
        count.addListener((obs, was, now) -> {
            if (now.intValue() == 0) hide();
        });
    }

    /** How often the spinner steps: a turn a second. */
    static final int STEPS_PER_SECOND = 12;

    /**
     * Turns the spinner by a twelfth, a dot's place, {@link #STEPS_PER_SECOND} times a second, its own
     * turning being off and its dots fading from the leading one (app.css). Modena's spinner turns smoothly:
     * the software renderer drew its twelve round dots again at every frame, 60 times a second, for as long
     * as work ran, on the cores that work needs (0.3 s more before a 10,000-document file given at start was
     * in the window: docs/benchmarks.md). A step puts each dot where the next one was, as classic spinners step.
     */
    static javafx.animation.Timeline turning(ProgressIndicator busy) {
        javafx.animation.Timeline turn = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1.0 / STEPS_PER_SECOND),
                e -> busy.setRotate((busy.getRotate() + 30) % 360)));
        turn.setCycleCount(javafx.animation.Animation.INDEFINITE);
        return turn;
    }

    private static boolean listed(Job job) {
        return job.kind() != Job.Kind.STARTUP && job.kind() != Job.Kind.NOTES_WRITE;
    }
}
