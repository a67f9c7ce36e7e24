package org.missionreader.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.Source;

/**
 * Reads a statement from a file (a PDF, a text, a saved web page) or from pasted text into an
 * {@link ImportDraft}: the one engine the window's import and {@code --import} share. No JavaFX.
 * (A first version: plain text only; PDF and HTML come next.)
 */
public final class DocumentImporter {

    private DocumentImporter() {
    }

    /** Reads the file by its kind ({@code .pdf}, {@code .txt}, {@code .html}, {@code .htm}). */
    public static ImportDraft read(Path file) throws ImportFailure {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) throw new ImportFailure(ImportFailure.Why.UNSUPPORTED, file, "only .txt for now");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImportFailure(ImportFailure.Why.NOT_FOUND, file, "no such file");
        } catch (IOException e) {
            throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
        return draft(text, new Source(file.getFileName().toString(), null));
    }

    /** Reads pasted text; {@code sourceName} says where it came from (may be null). */
    public static ImportDraft fromText(String text, String sourceName) throws ImportFailure {
        return draft(text, new Source(sourceName == null ? "" : sourceName, null));
    }

    private static ImportDraft draft(String text, Source source) throws ImportFailure {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String p = block.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!p.isEmpty()) paragraphs.add(p);
        }
        if (paragraphs.isEmpty()) throw new ImportFailure(ImportFailure.Why.EMPTY, null, "no text");
        return new ImportDraft(null, null, null, null, null, null, null, null, source, paragraphs,
                List.of(ImportDraft.Field.values()));
    }
}
