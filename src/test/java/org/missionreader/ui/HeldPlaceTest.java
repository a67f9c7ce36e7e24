package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window shown at its place goes back there when the window manager moves it, just after it shows, to where
 * its title bar is on no screen (openbox, one start in two); not once the reader has used it.
 */
@ExtendWith(ApplicationExtension.class)
class HeldPlaceTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);
    }

    private void show() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 400, 300));
            stage.setX(120);
            stage.setY(90);
            stage.show();
            HeldPlace.hold(stage);
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aWindowMovedOffTheScreenJustAfterItShowsGoesBackToItsPlace() throws Exception {
        show();
        WaitForAsyncUtils.asyncFx(() -> {
            // As openbox does: the window's frame put at the screen's corner, its title bar above the screen.
            stage.setX(-1);
            stage.setY(-20);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, stage.getX());
        assertEquals(90, stage.getY());
        // A move that keeps the title bar on the screen is the window's own.
        WaitForAsyncUtils.asyncFx(() -> stage.setY(10)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, stage.getY());
    }

    @Test
    void aWindowTheReaderHasUsedIsLeftWhereItIsPut() throws Exception {
        show();
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.event.Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A,
                    false, false, false, false));
            stage.setY(-20);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-20, stage.getY());
    }

    @Test
    void aWindowManagerThatInsistsHasTheLastWord() throws Exception {
        show();
        for (int i = 0; i < HeldPlace.MAX_RETURNS + 2; i++) {
            WaitForAsyncUtils.asyncFx(() -> stage.setY(-20)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(-20, stage.getY());
    }
}
