package org.missionreader.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: case, accents and ligatures fall away and no-break spaces become spaces, so "hai"
 * finds "Haïti" and "oeuvre" "œuvre".
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return bare.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replace('’', '\'')
                // The reader sets some spaces unbreakable (Typography): a typed space still finds them.
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }
}
