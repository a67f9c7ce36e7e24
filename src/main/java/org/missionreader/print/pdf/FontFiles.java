package org.missionreader.print.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.missionreader.print.FontFace;

/** The bundled TrueType files of the reading typeface, read once, loaded into PDF documents as subsets. */
final class FontFiles {

    private static final Map<FontFace, byte[]> BYTES = new EnumMap<>(FontFace.class);

    private FontFiles() {
    }

    static synchronized byte[] bytes(FontFace face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = FontFiles.class.getResourceAsStream(f.resource())) {
                if (in == null) throw new IOException("font missing from the application: " + f.resource());
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The three faces as Type 0 fonts of the document, embedded as subsets when it is saved. Glyph
     * substitution is off: PDFBox would otherwise draw "ff" as a ligature glyph that text extraction reads
     * as a space ("e orts"), and widths would no longer be the sum of the characters' widths.
     */
    static Map<FontFace, PDType0Font> load(PDDocument doc) throws IOException {
        Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
                ttf.setEnableGsub(false);
                fonts.put(face, PDType0Font.load(doc, ttf, true));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return fonts;
    }
}
