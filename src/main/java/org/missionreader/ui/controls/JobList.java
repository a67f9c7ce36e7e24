package org.missionreader.ui.controls;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;

/**
 * The running jobs of some kinds, one row each: what it does, how far it has got, and its own Cancel.
 * Rows come and go with the jobs; a job's row stays the same node while it runs, so a Cancel being
 * pressed is not swapped for a new button because another job started or ended.
 */
public final class JobList extends VBox {

    private final Jobs jobs;
    private final I18n i18n;
    private final Predicate<Job> shown;
    private final Map<Job, HBox> rows = new IdentityHashMap<>();

    public JobList(Jobs jobs, I18n i18n, Predicate<Job> shown) {
        super(8);
        this.jobs = jobs;
        this.i18n = i18n;
        this.shown = shown;
        getStyleClass().add("job-list");
        setAlignment(Pos.CENTER);
        jobs.running().addListener((ListChangeListener<Job>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        var current = jobs.running().stream().filter(shown).toList();
        rows.keySet().retainAll(Set.copyOf(current));
        getChildren().setAll(current.stream().map(job -> rows.computeIfAbsent(job, this::row)).toList());
    }

    private HBox row(Job job) {
        Label title = new Label();
        title.textProperty().bind(job.title());
        title.getStyleClass().add("job-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(job.progressProperty());
        progress.setPrefWidth(140);
        Button cancel = new Button();
        // The library loads' buttons keep the id the window has always given them.
        cancel.setId(job.kind() == Job.Kind.LOAD ? "cancel-load" : "cancel-job");
        cancel.textProperty().bind(i18n.text("job.cancel"));
        cancel.setOnAction(e -> {
            job.cancel();
            cancel.setDisable(true);
        });
        cancel.setDisable(job.isCancelled() || !job.kind().cancellable());
        HBox row = new HBox(10, title, progress, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("job-row");
        row.setUserData(job);
        return row;
    }
}
