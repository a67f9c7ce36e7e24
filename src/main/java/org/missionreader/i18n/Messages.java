package org.missionreader.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The translated strings of the application (French and English), looked up by key. */
public final class Messages {

    private static final String BUNDLE = "org.missionreader.i18n.messages";

    /** The languages the application is translated into. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Messages() {
    }

    /** The translated language closest to the given locale: French for any French locale, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * The bundle of the supported language. English is the base bundle, asked for as {@link Locale#ROOT}:
     * asked for as English, which has no bundle of its own, the JDK would first fall back to the system's
     * language, and a French system's reader who chose English would have read French.
     */
    public static ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, language.equals(Locale.ENGLISH) ? Locale.ROOT : language,
                Messages.class.getModule());
    }

    /** The string for a key, with {0}-style arguments filled in the locale's way. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, supported(locale)).format(args);
    }
}
