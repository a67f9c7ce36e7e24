package org.missionreader.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.ui.timeline.TimelineView;

/** The selected mission's timeline under the reader, kept in step with the open document. */
public final class TimelinePane extends VBox {

    private final ReaderModel model;
    private final I18n i18n;
    private final TimelineView timeline = new TimelineView();

    public TimelinePane(ReaderModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("timeline-pane");
        Label heading = new Label();
        heading.textProperty().bind(i18n.compute(() -> {
            Mission m = model.missionProperty().get();
            return m == null ? i18n.get("timeline.heading") : i18n.get("timeline.headingOf", m.acronym().in(i18n.locale()));
        }, model.missionProperty()));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(timeline);

        timeline.setId("timeline");
        timeline.localeProperty().bind(i18n.localeProperty());
        timeline.accessibleTextProperty().bind(i18n.text("timeline.accessible"));
        timeline.selectedEventProperty().bindBidirectional(model.eventProperty());
        timeline.setOnOpen(model::openEvent);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        model.missionProperty().addListener((obs, old, now) -> showMission(now));
        i18n.localeProperty().addListener((obs, old, now) -> showMission(model.missionProperty().get()));
        model.documentProperty().addListener((obs, old, now) -> highlight(now));
        // Another library file may add events to the mission shown.
        model.libraryProperty().addListener((obs, old, now) -> {
            showMission(model.missionProperty().get());
            highlight(model.documentProperty().get());
        });
        getChildren().addAll(heading, timeline);
    }

    public TimelineView timeline() {
        return timeline;
    }

    private void showMission(Mission m) {
        if (m == null) {
            timeline.getEvents().clear();
            timeline.rangeStartProperty().set(null);
            return;
        }
        List<TimelineEvent> events = model.library().eventsOf(m.id());
        LocalDate start = m.start().firstDay();
        LocalDate end = m.end() != null ? m.end().lastDay() : m.plannedEnd() != null ? m.plannedEnd().lastDay() : LocalDate.now();
        for (TimelineEvent e : events) {
            if (e.date().firstDay().isBefore(start)) start = e.date().firstDay();
            LocalDate last = (e.end() != null ? e.end() : e.date()).lastDay();
            if (last.isAfter(end)) end = last;
        }
        timeline.rangeStartProperty().set(start);
        timeline.rangeEndProperty().set(end);
        timeline.bandStartProperty().set(m.start().firstDay());
        timeline.bandEndProperty().set(m.end() != null ? m.end().lastDay() : null);
        timeline.bandLabelProperty().set(m.acronym().in(i18n.locale()) + " " + MissionSidebar.years(m));
        timeline.getEvents().setAll(events);
        highlight(model.documentProperty().get());
    }

    private void highlight(Document doc) {
        timeline.getHighlighted().clear();
        if (doc != null) {
            timeline.getHighlighted().addAll(model.library().eventsLinkedTo(doc.id()));
        }
    }
}
