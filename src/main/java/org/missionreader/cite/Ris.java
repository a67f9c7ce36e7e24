package org.missionreader.cite;

import org.missionreader.i18n.Messages;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Precision;

/**
 * A RIS record (Zotero, EndNote, Mendeley, bibutils): a report ({@code RPRT}), lines of a tag, two spaces,
 * a dash and a space, ended by CR LF as the format asks. A name the library gives whole is written whole
 * (no "family, given" comma), as an author that is not to be split.
 */
final class Ris {

    private static final String END = "\r\n";

    private Ris() {
    }

    static String write(CitedRecord r) {
        return write(r, null);
    }

    /** With paragraphs: RIS has no field for them (SP and EP are pages), so the note begins with "§ 3". */
    static String write(CitedRecord r, Locator at) {
        StringBuilder out = new StringBuilder();
        line(out, "TY", "RPRT");
        line(out, "ID", r.id());
        line(out, "AU", r.author());
        line(out, "TI", r.title());
        if (r.date() != null) {
            line(out, "PY", String.format("%04d", r.date().year()));
            line(out, "DA", date(r.date()));
        }
        line(out, "M3", r.genre());
        line(out, "SN", r.symbol());
        // Y2 is the day of access for Zotero and the RIS specification, but bibutils reads it as the missing
        // month of the issue date: where the issue date has no month, the day of access goes in the note.
        boolean accessInY2 = r.accessed() != null && r.date() != null && r.date().precision() != Precision.YEAR;
        String note = r.note();
        if (at != null) {
            String where = at.text(Messages.supported(r.languageLocale()));
            note = note == null ? where : where + ". " + note;
        }
        if (r.accessed() != null && !accessInY2) {
            String accessed = Messages.get(Messages.supported(r.languageLocale()), "cite.accessedNote", r.accessed().toString());
            note = note == null ? accessed : note + ". " + accessed;
        }
        line(out, "N1", note);
        line(out, "LA", r.language());
        line(out, "UR", r.sourceUrl());
        if (accessInY2) {
            line(out, "Y2", String.format("%04d/%02d/%02d/", r.accessed().getYear(), r.accessed().getMonthValue(),
                    r.accessed().getDayOfMonth()));
        }
        out.append("ER  - ").append(END);
        return out.toString();
    }

    /** RIS's YYYY/MM/DD/ form, with the parts the date does not have left empty. */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> String.format("%04d///", date.year());
            case MONTH -> String.format("%04d/%02d//", date.year(), date.month());
            case DAY -> String.format("%04d/%02d/%02d/", date.year(), date.month(), date.day());
        };
    }

    private static void line(StringBuilder out, String tag, String value) {
        if (value == null) return;
        // A value is one line: RIS has no way to continue one.
        out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append(END);
    }
}
