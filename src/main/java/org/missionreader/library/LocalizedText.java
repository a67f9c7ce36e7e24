package org.missionreader.library;

import java.util.Locale;

/** A short text given in French, English or both; either may be null, not both. */
public record LocalizedText(String fr, String en) {

    /** The text in the language of the locale, falling back to the other language. */
    public String in(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        String first = french ? fr : en;
        String second = french ? en : fr;
        return first != null ? first : second;
    }

    /** Both languages, for searching and filtering. */
    public String both() {
        if (fr == null) return en;
        if (en == null || en.equals(fr)) return fr;
        return fr + " " + en;
    }
}
