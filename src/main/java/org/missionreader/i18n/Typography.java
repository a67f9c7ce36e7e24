package org.missionreader.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets text for reading without changing a word: the spaces that a line must not break at become
 * no-break spaces, each one character for one, so that every offset into the text (search hits, marks)
 * stays true. French: before « : » a no-break space, before « ; ! ? » and inside guillemets a narrow one;
 * a day and its month, a month and its year, a title and the name after it (« M. Hamdi ») stay together,
 * in French and English alike. Spaces the text does not have are never added.
 */
public final class Typography {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';
    private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
            + "|novembre|décembre|decembre|January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:er|st|nd|rd|th)?)( )(?:" + MONTHS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:" + MONTHS + ")( )\\d{4}(?![\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:M\\.|MM\\.|Mme|Mmes|Mlle|Mr\\.|Mrs\\.|Ms\\.|Dr|Dr\\.)( )\\p{Lu}");

    private Typography() {
    }

    /** The text with its unbreakable spaces made no-break; same length, same words. */
    public static String keepTogether(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != ' ') continue;
            char next = i + 1 < out.length ? out[i + 1] : 0;
            char before = i > 0 ? out[i - 1] : 0;
            if (next == ':') {
                out[i] = NBSP;
            } else if (next == ';' || next == '!' || next == '?' || next == '»' || before == '«') {
                out[i] = NNBSP;
            }
        }
        bind(DAY_MONTH, text, out);
        bind(MONTH_YEAR, text, out);
        bind(TITLE_NAME, text, out);
        return new String(out);
    }

    private static void bind(Pattern pattern, String text, char[] out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out[m.start(1)] = NBSP;
        }
    }
}
