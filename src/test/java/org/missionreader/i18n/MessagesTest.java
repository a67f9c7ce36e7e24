package org.missionreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The two languages whatever the system's own: a French system's reader who chooses English reads English. */
class MessagesTest {

    private static String inBothOnSystem(Locale system) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(system);
            // The JDK caches bundles with what it fell back to: start from none, as a fresh start would.
            ResourceBundle.clearCache();
            return Messages.get(Locale.ENGLISH, "print.cancel") + " | " + Messages.get(Locale.FRENCH, "print.cancel");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void englishIsEnglishOnAFrenchSystem() {
        assertEquals("Cancel | Annuler", inBothOnSystem(Locale.FRANCE));
    }

    @Test
    void bothLanguagesOnAnEnglishOrAGermanSystem() {
        assertEquals("Cancel | Annuler", inBothOnSystem(Locale.US));
        assertEquals("Cancel | Annuler", inBothOnSystem(Locale.GERMANY));
    }

    @Test
    void anyOtherLanguageReadsEnglish() {
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.GERMANY));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.CANADA_FRENCH));
    }
}
