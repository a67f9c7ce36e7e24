package org.missionreader.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;

/**
 * Reads a statement from a file (a PDF, a text, a saved web page) or from pasted text into an
 * {@link ImportDraft}: the one engine the window's import and {@code --import} share. No JavaFX.
 * The paragraphs are the file's text word for word; the other fields are what the text itself says
 * ({@link Proposals}), or null and listed in {@link ImportDraft#unread()}. See docs/import.md.
 */
public final class DocumentImporter {

    /** The largest file read: a larger one is refused before a byte of it is read. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private DocumentImporter() {
    }

    /** Reads the file by its kind ({@code .pdf}, {@code .txt}, {@code .html}, {@code .htm}). */
    public static ImportDraft read(Path file) throws ImportFailure {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) throw new ImportFailure(ImportFailure.Why.NOT_FOUND, file, "no such file");
        if (Files.isDirectory(file)) throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, "a folder, not a file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
        if (size > MAX_BYTES) {
            throw new ImportFailure(ImportFailure.Why.TOO_LARGE, file,
                    "too large: " + (size / (1024 * 1024)) + " MB (at most " + (MAX_BYTES / (1024 * 1024)) + " MB)");
        }
        Extracted text;
        if (lower.endsWith(".pdf")) {
            if (!Files.isReadable(file)) throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, "not readable");
            text = PdfText.read(file);
        } else if (lower.endsWith(".txt")) {
            text = new Extracted(Paragraphs.ofText(PlainText.decode(bytes(file), file)), null, null);
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            text = HtmlText.read(PlainText.decode(bytes(file), file));
        } else {
            throw new ImportFailure(ImportFailure.Why.UNSUPPORTED, file, "not a .pdf, .txt, .html or .htm file");
        }
        return draft(text, new Source(name, text.url()), file);
    }

    /** Reads pasted text; {@code sourceName} says where it came from (may be null). */
    public static ImportDraft fromText(String text, String sourceName) throws ImportFailure {
        return draft(new Extracted(Paragraphs.ofText(text == null ? "" : text), null, null),
                new Source(sourceName == null ? "" : sourceName, null), null);
    }

    private static byte[] bytes(Path file) throws ImportFailure {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportFailure(ImportFailure.Why.NOT_FOUND, file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, "not readable");
        } catch (IOException e) {
            throw new ImportFailure(ImportFailure.Why.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
    }

    /** A speaker's name or role line is short: a longer line between the title and the date is text. */
    private static final int SPEAKER_LINE = 160;
    /** A closing line naming the text's source: "Source : …", "Source: …", "Sources : …". */
    private static final java.util.regex.Pattern SOURCE_LINE =
            java.util.regex.Pattern.compile("Sources?[\\s\u00A0\u202F]*:[\\s\u00A0\u202F]*(\\S.{0,400})");
    /** A source's address, in brackets at its end: "MINUSMA (https://…)". */
    private static final java.util.regex.Pattern ADDRESS_AT_END = java.util.regex.Pattern.compile("(.+?)\\s*\\((https?://[^\\s)]+)\\)");

    private static ImportDraft draft(Extracted text, Source source, Path file) throws ImportFailure {
        List<String> paragraphs = text.paragraphs();
        if (paragraphs.isEmpty()) throw new ImportFailure(ImportFailure.Why.EMPTY, file, "no text");
        String symbol = Proposals.symbol(paragraphs);
        int dateLine = Proposals.dateLine(paragraphs);
        PartialDate date = dateLine < 0 ? null : Proposals.date(paragraphs.get(dateLine));
        String title = text.title() != null ? text.title() : Proposals.title(paragraphs, dateLine, symbol);
        DocumentKind kind = Proposals.kind(paragraphs, title, symbol);
        String language = Proposals.language(paragraphs);
        List<ImportDraft.Field> unread = new ArrayList<>();
        if (title == null) unread.add(ImportDraft.Field.TITLE);
        if (kind == null) unread.add(ImportDraft.Field.KIND);
        if (date == null) unread.add(ImportDraft.Field.DATE);
        // A heading set as statements are (the title; the speaker's name and role, or the UN symbol; the date
        // line: as this app prints them too) gives the draft's fields, not paragraphs of the statement: the
        // title first and the date line within the next three, with nothing longer than a line between them.
        String speakerName = null;
        String speakerRole = null;
        if (title != null && dateLine > 0 && dateLine <= 3 && paragraphs.get(0).equals(title)
                && paragraphs.size() > dateLine + 1) {
            List<String> between = paragraphs.subList(1, dateLine).stream()
                    .filter(p -> symbol == null || !p.strip().equals(symbol)).toList();
            if (between.stream().allMatch(p -> p.length() <= SPEAKER_LINE)) {
                if (!between.isEmpty()) speakerName = between.get(0);
                if (between.size() == 2) speakerRole = between.get(1);
                if (between.size() <= 2) paragraphs = List.copyOf(paragraphs.subList(dateLine + 1, paragraphs.size()));
                else speakerName = null;
            }
            // Such a statement may end by naming where its text comes from ("Source : …", as this app prints
            // it): that is the document's source, not a paragraph of it.
            java.util.regex.Matcher named = SOURCE_LINE.matcher(paragraphs.get(paragraphs.size() - 1));
            if (paragraphs.size() > 1 && named.matches()) {
                String where = named.group(1).strip();
                java.util.regex.Matcher address = ADDRESS_AT_END.matcher(where);
                source = address.matches() ? new Source(address.group(1).strip(), address.group(2)) : new Source(where, source.url());
                paragraphs = List.copyOf(paragraphs.subList(0, paragraphs.size() - 1));
            }
        }
        if (speakerName == null) unread.add(ImportDraft.Field.SPEAKER);
        if (symbol == null) unread.add(ImportDraft.Field.SYMBOL);
        if (language == null) unread.add(ImportDraft.Field.LANGUAGE);
        unread.add(ImportDraft.Field.MISSION);
        return new ImportDraft(title, kind, date, speakerName, speakerRole, symbol, language, null, source, paragraphs, unread);
    }
}
