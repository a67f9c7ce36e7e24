package org.missionreader.ui.application;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the reading typeface shipped with the application (Charis SIL, full French and Latin coverage),
 * so statements look the same on every machine, including ones with no fonts installed.
 */
public final class Fonts {

    public static final String READING_FAMILY = "Charis SIL";
    private static final String[] FILES = {"CharisSIL-Regular.ttf", "CharisSIL-Bold.ttf", "CharisSIL-Italic.ttf"};
    private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) return;
        loaded = true;
        // The system's default font first: making it reads the system's font configuration (fontconfig),
        // which the window's first control otherwise waits for on the JavaFX thread.
        Font.getDefault();
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/missionreader/assets/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    LOG.log(System.Logger.Level.WARNING, "reading font not loaded: " + file);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "reading font not loaded: " + file, e);
            }
        }
    }
}
