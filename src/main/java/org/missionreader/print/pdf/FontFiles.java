package org.missionreader.print.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
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

    /** The three faces as Type 0 fonts of the document, embedded as subsets when it is saved. */
    static Map<FontFace, PDType0Font> load(PDDocument doc) throws IOException {
        Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            try {
                fonts.put(face, PDType0Font.load(doc, new ByteArrayInputStream(bytes(face)), true));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return fonts;
    }
}
