package org.missionreader.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.missionreader.ui.application.I18n;

/** Help > About: the application's name, version and what it is. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, I18n i18n, String version) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.APP_NAME);
        alert.setHeaderText(I18n.APP_NAME + " " + version);
        alert.setContentText(i18n.get("about.text"));
        alert.show();
    }
}
