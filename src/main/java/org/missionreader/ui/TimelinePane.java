package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.ViewLimits;
import org.missionreader.timeline.Viewport;
import org.missionreader.ui.timeline.TimelineView;

/**
 * The timeline under the reader, kept in step with it: the selected mission's events, or all missions
 * side by side; selecting an event opens its document, and opening a document selects its first event.
 * Its header holds the all-missions switch and the zoom commands.
 */
public final class TimelinePane extends VBox {

    private final ReaderModel model;
    private final TimelineView timeline = new TimelineView();
    private final ToggleButton allMissions = new ToggleButton();
    private final Button zoomIn = new Button("+");
    private final Button zoomOut = new Button("\u2212");
    private final Button fitMission = new Button();
    private final Button fitAll = new Button();
    private final ReadOnlyDoubleWrapper neededHeight = new ReadOnlyDoubleWrapper(this, "neededHeight");

    public TimelinePane(ReaderModel model, I18n i18n) {
        this.model = model;
        getStyleClass().add("timeline-pane");
        Label heading = new Label();
        heading.textProperty().bind(i18n.compute(() -> {
            Mission m = model.missionProperty().get();
            if (allMissions.isSelected()) return i18n.get("timeline.headingAll");
            return m == null ? i18n.get("timeline.heading") : i18n.get("timeline.headingOf", m.acronym().in(i18n.locale()));
        }, model.missionProperty(), allMissions.selectedProperty()));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(timeline);
        heading.setMinWidth(0);

        allMissions.setId("timeline-all-missions");
        allMissions.textProperty().bind(i18n.text("timeline.allMissions"));
        command(allMissions, i18n, "timeline.allMissions.tip");
        zoomOut.setId("timeline-zoom-out");
        command(zoomOut, i18n, "timeline.zoomOut");
        zoomIn.setId("timeline-zoom-in");
        command(zoomIn, i18n, "timeline.zoomIn");
        fitMission.setId("timeline-fit-mission");
        fitMission.textProperty().bind(i18n.text("timeline.fitMission"));
        command(fitMission, i18n, "timeline.fitMission.tip");
        fitAll.setId("timeline-fit-all");
        fitAll.textProperty().bind(i18n.text("timeline.fitAll"));
        command(fitAll, i18n, "timeline.fitAll.tip");
        zoomIn.setOnAction(e -> timeline.zoomIn());
        zoomOut.setOnAction(e -> timeline.zoomOut());
        fitMission.setOnAction(e -> timeline.fitMission());
        fitAll.setOnAction(e -> timeline.fitAll());
        timeline.viewportProperty().addListener((obs, old, now) -> updateZoomButtons(now));
        updateZoomButtons(null);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, heading, spacer, allMissions, zoomOut, zoomIn, fitMission, fitAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("timeline-header");

        timeline.setId("timeline");
        timeline.localeProperty().bind(i18n.localeProperty());
        timeline.accessibleTextProperty().bind(i18n.text("timeline.accessible"));
        timeline.selectedEventProperty().bindBidirectional(model.eventProperty());
        timeline.selectedMissionProperty().bindBidirectional(model.missionProperty());
        timeline.allMissionsProperty().bind(allMissions.selectedProperty());
        timeline.setOnOpen(model::openEvent);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        model.libraryProperty().addListener((obs, old, now) -> show(true));
        model.missionProperty().addListener((obs, old, now) -> {
            if (!allMissions.isSelected()) show(true);
        });
        allMissions.selectedProperty().addListener((obs, old, now) -> show(true));
        model.documentProperty().addListener((obs, old, now) -> documentOpened(now));
        getChildren().addAll(header, timeline);
        neededHeight.bind(Bindings.createDoubleBinding(
                () -> timeline.getNeededHeight() <= 0 ? 0 : Math.ceil(snappedTopInset() + snappedBottomInset()
                        + Math.max(header.getHeight(), header.prefHeight(-1)) + getSpacing() + timeline.getNeededHeight()),
                timeline.neededHeightProperty(), header.heightProperty(), paddingProperty(), spacingProperty()));
    }

    /**
     * The height this pane needs (header, padding and timeline) to show the timeline's lanes with their
     * labels, the timeline fitted to the mission, at the current width; 0 until the timeline has been laid
     * out with data. A window sets its divider from it, e.g.
     * {@code rows.setDividerPosition(0, 1 - pane.getNeededHeight() / rows.getHeight())}.
     */
    public ReadOnlyDoubleProperty neededHeightProperty() {
        return neededHeight.getReadOnlyProperty();
    }

    public double getNeededHeight() {
        return neededHeight.get();
    }

    /**
     * Marks the events one of whose documents has the reader's notes (a small mark, {@code :noted}), as the
     * notes and the library change.
     */
    public void followNotes(org.missionreader.ui.application.Notes notes) {
        Runnable mark = () -> {
            java.util.Set<String> noted = new java.util.HashSet<>();
            notes.notebook().notes().forEach(n -> noted.add(n.documentId()));
            java.util.Set<TimelineEvent> events = new java.util.HashSet<>();
            for (TimelineEvent e : model.library().events()) {
                if (e.documentIds().stream().anyMatch(noted::contains)) events.add(e);
            }
            timeline.getNoted().retainAll(events);
            timeline.getNoted().addAll(events);
        };
        notes.notebookProperty().addListener(o -> mark.run());
        model.libraryProperty().addListener(o -> mark.run());
        mark.run();
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The all-missions switch in the header. */
    public ToggleButton allMissionsToggle() {
        return allMissions;
    }

    private static void command(ButtonBase button, I18n i18n, String tipKey) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(i18n.text(tipKey));
        button.setFocusTraversable(false);
        button.getStyleClass().add("timeline-command");
    }

    private void updateZoomButtons(Viewport view) {
        ViewLimits limits = view == null ? null : timeline.limits();
        zoomIn.setDisable(limits == null || !limits.canZoomIn(view));
        zoomOut.setDisable(limits == null || !limits.canZoomOut(view));
        fitMission.setDisable(view == null);
        fitAll.setDisable(view == null);
    }

    /** Puts the mission's events (or every mission's) on the timeline and frames them. */
    private void show(boolean fit) {
        Mission m = model.missionProperty().get();
        if (allMissions.isSelected()) {
            timeline.getMissions().setAll(model.library().missions());
            timeline.getEvents().setAll(model.library().events());
        } else if (m == null) {
            timeline.getMissions().clear();
            timeline.getEvents().clear();
        } else {
            timeline.getMissions().setAll(List.of(m));
            timeline.getEvents().setAll(model.library().eventsOf(m.id()));
        }
        if (fit && !timeline.getEvents().isEmpty() || fit && !timeline.getMissions().isEmpty()) {
            if (allMissions.isSelected()) timeline.fitAll();
            else timeline.fitMission();
        }
        highlight(model.documentProperty().get());
    }

    private void documentOpened(Document doc) {
        highlight(doc);
        if (doc == null) return;
        List<TimelineEvent> linked = model.library().eventsLinkedTo(doc.id());
        // The shared selection: a document opened anywhere selects its first event, and the timeline goes there.
        TimelineEvent selected = model.eventProperty().get();
        if (!linked.isEmpty() && (selected == null || !linked.contains(selected))) {
            model.eventProperty().set(linked.get(0));
        }
    }

    private void highlight(Document doc) {
        timeline.getHighlighted().clear();
        if (doc != null) {
            timeline.getHighlighted().addAll(model.library().eventsLinkedTo(doc.id()));
        }
    }
}
