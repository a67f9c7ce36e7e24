package org.missionreader.cite;

import java.util.Locale;

/**
 * A biblatex entry (the dialect pandoc, Zotero and Biber read, UTF-8): {@code @report}, the document's kind
 * as its type, the symbol as its number, the date at its own precision, the mission and source in the note.
 * A person's name is kept whole in braces: the library does not say which part is the family name.
 */
final class BibTex {

    private BibTex() {
    }

    static String write(CitedRecord r) {
        return write(r, null);
    }

    /** With paragraphs: biblatex's pages, read as paragraphs ("§ 3" in the bibliography) by its pagination. */
    static String write(CitedRecord r, Locator at) {
        StringBuilder out = new StringBuilder("@report{").append(key(r.id())).append(",\n");
        if (r.author() != null) field(out, "author", "{" + escape(r.author()) + "}");
        // The title as written: braced, so that no style changes its case (pandoc would lower an English one).
        if (r.title() != null) field(out, "title", "{" + escape(r.title()) + "}");
        if (r.date() != null) field(out, "date", r.date().toString());
        if (r.genre() != null) field(out, "type", escape(r.genre()));
        if (r.symbol() != null) field(out, "number", escape(r.symbol()));
        if (at != null) {
            field(out, "pages", at.first() == at.last() ? at.range() : at.first() + "--" + at.last());
            field(out, "pagination", "paragraph");
        }
        String note = r.note();
        if (note != null) field(out, "note", escape(note));
        if (r.language() != null) field(out, "langid", langid(r.language()));
        if (r.sourceUrl() != null) field(out, "url", url(r.sourceUrl()));
        if (r.accessed() != null) field(out, "urldate", r.accessed().toString());
        return out.append("}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A key of the characters every BibTeX reader takes in one: the id's letters, digits and - _ : . */
    static String key(String id) {
        StringBuilder key = new StringBuilder();
        for (char c : id.toCharArray()) {
            key.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.') ? c : '-');
        }
        return key.length() == 0 ? "document" : key.toString();
    }

    /** LaTeX's special characters, written so that they print as themselves; accents stay as UTF-8. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An address as biblatex's verbatim url field takes it: braces and spaces percent-encoded. */
    private static String url(String url) {
        return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20").replace("\\", "%5C");
    }

    /** biblatex's language names for the library's codes. */
    private static String langid(String language) {
        String code = language.toLowerCase(Locale.ROOT);
        if (code.startsWith("fr")) return "french";
        if (code.startsWith("en")) return "english";
        return escape(language);
    }
}
