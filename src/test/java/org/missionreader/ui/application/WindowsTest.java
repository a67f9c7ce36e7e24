package org.missionreader.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The windows service on its own: which windows it styles, when, and what it leaves alone. */
@ExtendWith(ApplicationExtension.class)
class WindowsTest {

    private static final String APP = css(".root { -fx-font-size: 13px; }");
    private static final String DARK = css(".root { -fx-base: #303030; }");
    private static final String CONTRAST = css(".root { -fx-base: black; }");
    private static final String OWN = css(".label { -fx-padding: 2; }");

    private static String css(String text) {
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Stage main;
    private Stage other;
    private Windows windows;

    @Start
    void start(Stage stage) {
        main = stage;
        Scene scene = new Scene(new StackPane(new Label("main")), 300, 200);
        scene.getStylesheets().setAll(APP, DARK);
        stage.setScene(scene);
        windows = Windows.install(scene);
        stage.show();
    }

    @AfterEach
    void closeTheOther(FxRobot robot) {
        robot.interact(() -> {
            if (other != null) other.close();
            windows.uninstall();
        });
    }

    private Stage show(String... ownSheets) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.initOwner(main);
            Scene scene = new Scene(new StackPane(new Label("other")), 200, 100);
            scene.getStylesheets().addAll(ownSheets);
            stage.setScene(scene);
            stage.show();
            return stage;
        }));
    }

    @Test
    void aWindowShownLaterWearsTheMainSheetsThenItsOwn(FxRobot robot) {
        other = show(OWN);
        assertEquals(List.of(APP, DARK, OWN), other.getScene().getStylesheets());
        assertEquals(List.of(APP, DARK), main.getScene().getStylesheets(), "the main scene is the source, untouched");
    }

    @Test
    void aChangeOfThemeReachesTheOpenWindowsAndKeepsTheirOwnSheets(FxRobot robot) {
        other = show(OWN);
        robot.interact(() -> main.getScene().getStylesheets().set(1, CONTRAST));
        assertEquals(List.of(APP, CONTRAST, OWN), other.getScene().getStylesheets());
        robot.interact(() -> main.getScene().getStylesheets().remove(CONTRAST));
        assertEquals(List.of(APP, OWN), other.getScene().getStylesheets());
    }

    @Test
    void aWindowGivenANewSceneIsStyledAgain(FxRobot robot) {
        other = show();
        Scene next = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new StackPane(new Label("next")));
            other.setScene(scene);
            return scene;
        }));
        assertEquals(List.of(APP, DARK), next.getStylesheets());
    }

    @Test
    void aHiddenWindowCatchesUpWhenItShowsAgain(FxRobot robot) {
        other = show();
        robot.interact(() -> {
            other.hide();
            main.getScene().getStylesheets().set(1, CONTRAST);
            other.show();
        });
        assertEquals(List.of(APP, CONTRAST), other.getScene().getStylesheets());
    }

    @Test
    void itLetsGoOnceTheMainSceneLeavesItsWindow(FxRobot robot) {
        robot.interact(() -> main.setScene(new Scene(new StackPane(new Label("a new main window")))));
        other = show(OWN);
        assertEquals(List.of(OWN), other.getScene().getStylesheets());
    }
}
