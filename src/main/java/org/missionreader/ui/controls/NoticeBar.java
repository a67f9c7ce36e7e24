package org.missionreader.ui.controls;

import org.missionreader.ui.application.I18n;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Messages the window has for the reader (settings set aside, an unknown document...), each closable. */
public final class NoticeBar extends VBox {

    private final I18n i18n;

    public NoticeBar(I18n i18n) {
        this.i18n = i18n;
        setId("notices");
        getStyleClass().add("notices");
    }

    /** Shows a notice whose text follows the interface language. */
    public HBox show(StringBinding text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add("notice-text");
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("notice-close");
        close.accessibleTextProperty().bind(i18n.text("notice.close"));
        HBox notice = new HBox(10, label, close);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("notice");
        close.setOnAction(e -> getChildren().remove(notice));
        getChildren().add(notice);
        return notice;
    }

    /** The texts of the notices shown, for tests. */
    public java.util.List<String> texts() {
        return getChildren().stream()
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }
}
