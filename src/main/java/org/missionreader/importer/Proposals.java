package org.missionreader.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;

/**
 * What the text itself says of the document, proposed to the reader and never invented: a UN symbol, a
 * date line at its precision, a kind from the words of the heading, the language from function words, a
 * title from the heading's first short line. What is not found is null.
 */
final class Proposals {

    /** How far into the text the heading (title, symbol, date line, kind) is looked for. */
    static final int HEAD = 8;
    static final int SHORT_LINE = 160;

    private static final String SP = "[\\s\\u00A0\\u202F]+";
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(S/PRST/\\d{4}/\\d+|S/RES/\\d+" + "[\\s\\u00A0\\u202F]*\\(\\d{4}\\)|S/RES/\\d+|S/\\d{4}/\\d+|SC/\\d+"
                    + "|A/RES/\\d+/\\d+|A/\\d+/\\d+|PKO/\\d+)(?![\\p{L}\\p{N}/])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
            + "|january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(1er|\\d{1,2})" + SP + MONTH + SP + "(\\d{4})(?!\\p{N})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + SP + "(\\d{1,2})(?:st|nd|rd|th)?," + SP + "(\\d{4})(?!\\p{N})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + SP + "(\\d{4})(?!\\p{N})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> FRENCH = List.of("le", "la", "les", "des", "du", "de", "et", "est", "que", "qui",
            "dans", "pour", "une", "un", "au", "aux", "sur", "par", "il", "elle", "ne", "pas", "avec", "nous", "son", "ses");
    private static final List<String> ENGLISH = List.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with",
            "by", "as", "it", "was", "be", "are", "this", "which", "its", "an", "we", "has", "have", "their");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+");

    private Proposals() {
    }

    /** The first UN symbol in the heading, else in the text. */
    static String symbol(List<String> paragraphs) {
        for (int pass = 0; pass < 2; pass++) {
            List<String> scope = pass == 0 ? head(paragraphs) : paragraphs;
            for (String p : scope) {
                Matcher m = SYMBOL.matcher(p);
                if (m.find()) return m.group(1).replaceAll(SP, " ");
            }
        }
        return null;
    }

    /** The index of the heading's date line (a short paragraph holding a date of a day or a month), or -1. */
    static int dateLine(List<String> paragraphs) {
        List<String> head = head(paragraphs);
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).length() <= SHORT_LINE / 2 && date(head.get(i)) != null) return i;
        }
        return -1;
    }

    /** The date a line gives, at its precision ("4 mars 2015", "1er mars 2015", "March 4, 2015", "mars 2015"). */
    static PartialDate date(String line) {
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(line);
            if (m.find()) {
                int day = m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
                return PartialDate.ofDay(Integer.parseInt(m.group(3)), month(m.group(2)), day);
            }
            m = MONTH_DAY_YEAR.matcher(line);
            if (m.find()) return PartialDate.ofDay(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            m = MONTH_YEAR.matcher(line);
            if (m.find()) return PartialDate.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1)));
        } catch (RuntimeException impossible) {
            // 31 février: not a date, nothing proposed
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** The kind the heading's words name, or null. */
    static DocumentKind kind(List<String> paragraphs, String title, String symbol) {
        StringBuilder words = new StringBuilder(title == null ? "" : title);
        for (String p : head(paragraphs)) words.append('\n').append(p.length() <= SHORT_LINE ? p : "");
        String text = words.toString().toLowerCase(Locale.ROOT).replaceAll(SP, " ");
        if (text.contains("déclaration du président") || text.contains("declaration du president")
                || text.contains("presidential statement") || text.contains("statement by the president")
                || (symbol != null && symbol.startsWith("S/PRST/"))) {
            return DocumentKind.PRESIDENTIAL_STATEMENT;
        }
        if (text.contains("press statement") || text.contains("déclaration à la presse") || text.contains("declaration a la presse")) {
            return DocumentKind.PRESS_STATEMENT;
        }
        if ((text.contains("resolution") || text.contains("résolution")) && symbol != null && symbol.startsWith("S/RES/")) {
            return DocumentKind.RESOLUTION;
        }
        return null;
    }

    /** "fr" or "en" by counts of function words; null when the text is too short or the counts too close. */
    static String language(List<String> paragraphs) {
        int fr = 0;
        int en = 0;
        for (String p : paragraphs) {
            Matcher m = TOKEN.matcher(p.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (FRENCH.contains(w)) fr++;
                if (ENGLISH.contains(w)) en++;
            }
            // l’, d’, qu’ are French
            fr += p.split("(?i)(?<![\\p{L}])(l|d|qu|s|n)[’']\\p{L}", -1).length - 1;
        }
        if (fr + en < 5) return null;
        if (fr >= 2 * en && fr > en) return "fr";
        if (en >= 2 * fr && en > fr) return "en";
        return null;
    }

    /**
     * The title: the first short paragraph before the date line that is not the symbol alone; without a date
     * line, the first paragraph when it is short and does not end like a sentence. Null otherwise.
     */
    static String title(List<String> paragraphs, int dateLine, String symbol) {
        int end = dateLine >= 0 ? dateLine : Math.min(1, paragraphs.size());
        for (int i = 0; i < end; i++) {
            String p = paragraphs.get(i);
            if (p.length() > SHORT_LINE) return null;
            if (symbol != null && p.replaceAll(SP, " ").strip().equals(symbol)) continue;
            if (dateLine < 0 && p.matches(".*[.;,]$")) return null;
            return p;
        }
        return null;
    }

    private static List<String> head(List<String> paragraphs) {
        return paragraphs.subList(0, Math.min(HEAD, paragraphs.size()));
    }
}
