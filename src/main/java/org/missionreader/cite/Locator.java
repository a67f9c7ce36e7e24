package org.missionreader.cite;

import java.util.Locale;
import org.missionreader.i18n.Messages;

/**
 * Where in a document a citation points: its paragraphs {@code first} to {@code last}, counted from 1 as the
 * reader shows them (§ 1). CSL-JSON carries it as a {@code locator} with the label {@code paragraph};
 * biblatex as {@code pages} with {@code pagination = paragraph}; RIS, which has no field for it, in the note.
 */
public record Locator(int first, int last) {

    public Locator {
        if (first < 1 || last < first) throw new IllegalArgumentException("paragraphs " + first + "–" + last);
    }

    public static Locator paragraph(int number) {
        return new Locator(number, number);
    }

    /** "§ 3" or "§§ 3–4" (the same in both languages). */
    public String text(Locale locale) {
        return first == last ? Messages.get(locale, "citation.paragraph", first)
                : Messages.get(locale, "citation.paragraphs", first, last);
    }

    /** The numbers as a range the formats write: "3" or "3-4" (CSL and biblatex read a hyphen as a range). */
    String range() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
