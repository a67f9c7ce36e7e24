package org.missionreader.print.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.missionreader.print.FontFace;
import org.missionreader.print.TextMeasurer;

/**
 * Measures text with PDFBox's metrics of the bundled Charis SIL files: the widths the PDF is drawn with,
 * and so the ones every page break is computed with (preview, printer and PDF alike). Thread-safe.
 */
public final class PdfFontMeasurer implements TextMeasurer, AutoCloseable {

    /** Drawn in place of a character the typeface has no glyph for. */
    private static final String STAND_IN = "?";

    private final PDDocument scratch = new PDDocument();
    private final Map<FontFace, PDType0Font> fonts;
    private final Map<FontFace, Map<String, Float>> widths = new EnumMap<>(FontFace.class);
    private final Map<Integer, Boolean> covered = new HashMap<>();

    public PdfFontMeasurer() {
        try {
            fonts = FontFiles.load(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FontFace face : FontFace.values()) widths.put(face, new HashMap<>());
    }

    @Override
    public synchronized double width(String text, FontFace face, double size) {
        Float units = widths.get(face).get(text);
        if (units == null) {
            try {
                units = fonts.get(face).getStringWidth(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            widths.get(face).put(text, units);
        }
        return units / 1000.0 * size;
    }

    @Override
    public double ascent(FontFace face, double size) {
        return fonts.get(face).getFontDescriptor().getAscent() / 1000.0 * size;
    }

    @Override
    public double descent(FontFace face, double size) {
        return -fonts.get(face).getFontDescriptor().getDescent() / 1000.0 * size;
    }

    @Override
    public synchronized String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // printable ASCII, most of any statement, is in every face: no look-up for it
            boolean keep = (cp >= 0x20 && cp < 0x7F) || Character.isWhitespace(cp) || covered.computeIfAbsent(cp, this::hasGlyph);
            if (!keep && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) out.append(keep ? text.substring(i, next) : STAND_IN);
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        for (FontFace face : FontFace.values()) {
            try {
                fonts.get(face).getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException | IOException e) {
                return false; // PDFBox refuses a character with no glyph; it could not be drawn either
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
