package org.missionreader.app;

import java.util.Locale;
import java.util.function.Consumer;
import org.missionreader.ui.application.I18n;

/**
 * The JVM's default language follows the window's, so that what the JDK and JavaFX write themselves is
 * in it too: Swing's print dialog, which JavaFX shows on Linux, and the buttons of a dialog. The system's
 * region stays where the language is the system's own (fr_CA stays fr_CA in French). The app's own texts
 * never depend on it: they are looked up and formatted in the window's language explicitly.
 */
final class JvmLocale {

    private JvmLocale() {
    }

    static void follow(I18n i18n) {
        Locale system = Locale.getDefault();
        Consumer<Locale> apply = language ->
                Locale.setDefault(language.getLanguage().equals(system.getLanguage()) ? system : language);
        apply.accept(i18n.locale());
        i18n.localeProperty().addListener((observable, before, now) -> apply.accept(now));
    }
}
