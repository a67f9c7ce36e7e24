package org.missionreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionreader.ui.application.I18n;

/** The JVM's default language follows the window's, keeping the system's region for its own language. */
class JvmLocaleTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    /** On a system in that locale: the JVM's default with the window in French, then after a switch to English. */
    private static List<Locale> defaultsOn(Locale system) {
        Locale.setDefault(system);
        I18n i18n = new I18n(Locale.FRENCH);
        JvmLocale.follow(i18n);
        Locale inFrench = Locale.getDefault();
        i18n.localeProperty().set(Locale.ENGLISH);
        return List.of(inFrench, Locale.getDefault());
    }

    @Test
    void onAnAmericanSystemEnglishGoesBackToTheSystemsOwn() {
        assertEquals(List.of(Locale.FRENCH, Locale.US), defaultsOn(Locale.US));
    }

    @Test
    void onACanadianFrenchSystemFrenchKeepsItsRegion() {
        assertEquals(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH), defaultsOn(Locale.CANADA_FRENCH));
    }
}
