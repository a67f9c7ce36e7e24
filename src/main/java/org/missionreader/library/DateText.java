package org.missionreader.library;

import org.missionreader.i18n.Messages;
import java.util.Locale;

/**
 * Writes a partial date as precisely as it is known, the way each language writes dates:
 * "1er mars 2015" and "1 March 2015", "mars 2015" for a month-only date, "2015" for a year.
 * Month names come from the application's own translations, so no JDK locale data is needed.
 */
public final class DateText {

    private DateText() {
    }

    public static String format(PartialDate date, Locale locale) {
        if (date == null) {
            return Messages.get(locale, "date.unknown");
        }
        boolean french = Messages.supported(locale).equals(Locale.FRENCH);
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> month(date.month(), locale) + " " + date.year();
            case DAY -> {
                // French writes the first of the month as an ordinal: 1er mars.
                String day = french && date.day() == 1 ? "1er" : Integer.toString(date.day());
                yield day + "\u00A0" + month(date.month(), locale) + " " + date.year();
            }
        };
    }

    /** "1 March 2015 – 15 May 2015" for a span; the single date when the end is absent. */
    public static String formatSpan(PartialDate start, PartialDate end, Locale locale) {
        if (end == null) {
            return format(start, locale);
        }
        return format(start, locale) + " – " + format(end, locale);
    }

    public static String month(int month, Locale locale) {
        return Messages.get(locale, "month." + month);
    }
}
