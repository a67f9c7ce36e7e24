package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.controls.TextFieldMenu;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.textfield.TextFields;
import org.missionreader.i18n.TextFold;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;

/** The list of missions, with a filter field that ignores case and accents. */
public final class MissionSidebar extends VBox {

    private final ReaderModel model;
    private final I18n i18n;
    private final TextField filter = TextFields.createClearableTextField();
    private final ObservableList<Mission> missions = FXCollections.observableArrayList();
    private final FilteredList<Mission> shown = new FilteredList<>(missions);
    private final ListView<Mission> list = new ListView<>(shown);

    public MissionSidebar(ReaderModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("mission-sidebar");
        setMinWidth(220);

        Label heading = new Label();
        heading.textProperty().bind(i18n.text("sidebar.heading"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);

        filter.setId("mission-filter");
        // A short hint that fits the field at the sidebar's narrowest; the whole of it in the tooltip.
        filter.promptTextProperty().bind(i18n.text("sidebar.filter.prompt"));
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(i18n.text("sidebar.filter.hint"));
        filter.setTooltip(hint);
        TextFieldMenu.install(filter, i18n);
        filter.accessibleTextProperty().bind(i18n.text("sidebar.filter.hint"));
        filter.textProperty().addListener((obs, old, now) -> applyFilter(now));
        // Down or Enter in the filter goes to the list, so the keyboard never has to Tab back and forth.
        filter.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !shown.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().getSelectedItem() == null || !shown.contains(list.getSelectionModel().getSelectedItem())) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        list.setId("mission-list");
        list.setCellFactory(v -> new MissionCell());
        list.placeholderProperty().bind(Bindings.createObjectBinding(
                this::placeholder, model.loadingProperty(), filter.textProperty(), i18n.localeProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);

        model.libraryProperty().addListener((obs, old, now) -> {
            missions.setAll(now.missions());
            list.getSelectionModel().select(model.missionProperty().get());
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.missionProperty().set(now);
        });
        model.missionProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());

        getChildren().addAll(heading, filter, list);
    }

    public TextField filterField() {
        return filter;
    }

    public ListView<Mission> list() {
        return list;
    }

    private void applyFilter(String query) {
        String folded = TextFold.fold(query).strip();
        shown.setPredicate(folded.isEmpty() ? null : m -> TextFold.fold(searchText(m)).contains(folded));
    }

    private static String searchText(Mission m) {
        return String.join(" ", m.acronym().both(), m.name().both(), m.country().both());
    }

    private Label placeholder() {
        String key = model.loadingProperty().get() ? "sidebar.loading"
                : filter.getText() == null || filter.getText().isBlank() ? "sidebar.empty" : "sidebar.noMatch";
        Label label = new Label(i18n.get(key, filter.getText() == null ? "" : filter.getText().strip()));
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.getStyleClass().add("placeholder");
        return label;
    }

    /** Years of a mission's life: 2013–2023, or 2014– while it goes on. */
    static String years(Mission m) {
        String start = Integer.toString(m.start().year());
        return m.end() != null ? start + "–" + m.end().year() : start + "–";
    }

    private final class MissionCell extends ListCell<Mission> {
        private final Label acronym = new Label();
        private final Label badge = new Label();
        private final Label name = new Label();
        private final Label country = new Label();
        private final Label years = new Label();
        private final Label origin = new Label();
        private final VBox box;

        MissionCell() {
            acronym.getStyleClass().add("mission-acronym");
            badge.getStyleClass().add("status-badge");
            name.getStyleClass().add("mission-name");
            name.setWrapText(true);
            // A narrow row shortens the country, never the years: "République centr… · 2014–".
            country.getStyleClass().addAll("mission-details", "mission-country");
            country.setTextOverrun(OverrunStyle.ELLIPSIS);
            country.setEllipsisString("…");
            country.setMinWidth(0);
            years.getStyleClass().addAll("mission-details", "mission-years");
            years.setMinWidth(Region.USE_PREF_SIZE);
            HBox details = new HBox(country, years);
            details.setAlignment(Pos.BASELINE_LEFT);
            details.setMinWidth(0);
            // The acronym and the badge are short and always shown whole; the name wraps.
            acronym.setMinWidth(Region.USE_PREF_SIZE);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, acronym, spacer, badge);
            top.setAlignment(Pos.BASELINE_LEFT);
            origin.getStyleClass().add("mission-origin");
            origin.managedProperty().bind(origin.visibleProperty());
            box = new VBox(2, top, name, details, origin);
            box.setMinWidth(0);
            // Let the name wrap to the list's width instead of widening the cell.
            setPrefWidth(0);
            name.maxWidthProperty().bind(list.widthProperty().subtract(36));
            org.missionreader.ui.controls.Relabel.onChange(this, i18n.localeProperty(), () -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(Mission m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            var locale = i18n.locale();
            acronym.setText(m.acronym().in(locale));
            boolean closed = m.status() == MissionStatus.CLOSED;
            badge.setText(i18n.get(closed ? "status.closed" : "status.ongoing"));
            badge.getStyleClass().setAll("status-badge", closed ? "closed" : "ongoing");
            name.setText(m.name().in(locale));
            country.setText(m.country().in(locale));
            years.setText(" · " + years(m));
            String from = model.originOf(m);
            origin.setVisible(from != null);
            origin.setText(from == null ? "" : i18n.get("library.origin", from));
            setGraphic(box);
            setAccessibleText(String.join(", ", acronym.getText(), name.getText(), country.getText() + years.getText(), badge.getText())
                    + (from == null ? "" : ", " + origin.getText()));
        }
    }
}
