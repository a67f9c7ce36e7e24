package org.missionreader.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * The language the user's system asks for. On Linux the JDK falls back to English when the locale named
 * by LANG is not generated on the machine (common on minimal systems), so the POSIX variables are read
 * too, in their order of precedence: LC_ALL, LC_MESSAGES, LANG.
 */
public final class SystemLocale {

    private SystemLocale() {
    }

    public static Locale detect() {
        return detect(System.getenv(), Locale.getDefault());
    }

    static Locale detect(Map<String, String> env, Locale jdkDefault) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                if ("C".equals(value) || "POSIX".equals(value) || value.startsWith("C.")) {
                    return Messages.supported(jdkDefault);
                }
                String language = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                return Messages.supported(Locale.forLanguageTag(language));
            }
        }
        return Messages.supported(jdkDefault);
    }
}
