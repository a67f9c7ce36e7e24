package org.missionreader.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Standard output and error as the command line writes them: in the terminal's charset as the locale
 * names it ("fr_FR.UTF-8" gives UTF-8, even where that locale is not generated and the JDK falls back to
 * ASCII), else in UTF-8 (LANG=C, or no locale at all, on a terminal that is UTF-8 nearly everywhere).
 * A legacy charset the locale names (ISO-8859-15, say) is kept, and typographic characters it cannot
 * hold (narrow no-break space, curly quotes) are written as their nearest plain ones, never as "?".
 */
public final class ConsoleStreams {

    private ConsoleStreams() {
    }

    /** Standard output, in the charset the environment asks for. */
    public static PrintStream out() {
        return stream(new FileOutputStream(FileDescriptor.out), charset(System.getenv()));
    }

    /** Standard error, in the charset the environment asks for. */
    public static PrintStream err() {
        return stream(new FileOutputStream(FileDescriptor.err), charset(System.getenv()));
    }

    /** The charset the locale variables name (LC_ALL, LC_CTYPE, LANG, in that order), or UTF-8. */
    static Charset charset(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value == null || value.isBlank()) continue;
            int dot = value.indexOf('.');
            if (dot < 0) return StandardCharsets.UTF_8;
            String codeset = value.substring(dot + 1).split("@", 2)[0];
            try {
                Charset named = Charset.forName(codeset);
                // A locale of plain ASCII ("C", "POSIX", "ANSI_X3.4-1968") cannot hold the messages at all.
                return named.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : named;
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static PrintStream stream(OutputStream target, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new PrintStream(target, true, charset);
        }
        return new PrintStream(target, true, charset) {
            private final CharsetEncoder encoder = charset.newEncoder();

            @Override
            public void print(String s) {
                super.print(s == null ? null : fit(s, encoder));
            }

            @Override
            public void println(String s) {
                super.println(s == null ? null : fit(s, encoder));
            }
        };
    }

    /** The text with what the charset cannot hold written as plain characters it can. */
    static String fit(String text, CharsetEncoder encoder) {
        if (encoder.canEncode(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (encoder.canEncode(one)) {
                out.append(one);
                continue;
            }
            String plain = switch (c) {
                case '\u202F', '\u2009', '\u2007' -> encoder.canEncode("\u00A0") ? "\u00A0" : " ";
                case '\u00A0' -> " ";
                case '\u2018', '\u2019' -> "'";
                case '\u201C', '\u201D' -> "\"";
                case '\u00AB' -> "<<";
                case '\u00BB' -> ">>";
                case '\u2026' -> "...";
                case '\u2013', '\u2014' -> "-";
                case '\u0153' -> "oe";
                case '\u0152' -> "OE";
                default -> java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            };
            out.append(encoder.canEncode(plain) ? plain : "?");
        }
        return out.toString();
    }
}
