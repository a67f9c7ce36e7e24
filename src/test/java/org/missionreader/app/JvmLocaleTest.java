package org.missionreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionreader.ui.I18n;

/** The JVM's default language follows the window's, keeping the system's region for its own language. */
class JvmLocaleTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aFrenchWindowOnAnAmericanSystem() {
        Locale.setDefault(Locale.US);
        I18n i18n = new I18n(Locale.FRENCH);
        JvmLocale.follow(i18n);
        assertEquals(Locale.FRENCH, Locale.getDefault());
        i18n.localeProperty().set(Locale.ENGLISH);
        assertEquals(Locale.US, Locale.getDefault(), "back to the system's own, region and all");
    }

    @Test
    void aFrenchWindowOnACanadianFrenchSystemKeepsItsRegion() {
        Locale.setDefault(Locale.CANADA_FRENCH);
        I18n i18n = new I18n(Locale.FRENCH);
        JvmLocale.follow(i18n);
        assertEquals(Locale.CANADA_FRENCH, Locale.getDefault());
        i18n.localeProperty().set(Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, Locale.getDefault());
    }
}
