package org.missionreader.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionreader.cite.CitationFormat;
import org.missionreader.files.AtomicReplace;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;

/**
 * The reader's notes written out: as Markdown, by mission and document (the document's title, then each
 * highlight as a "> quote", its "§ n", the note, and the document's citation as Copy Citation gives it), in the
 * interface language; or as JSON, in the notes file's own format (docs/notes.md).
 */
public final class NotesExport {

    /** The two formats, told apart by the file's extension. */
    public enum Format {
        MARKDOWN, JSON;

        /** JSON for a name ending in .json (any case), else Markdown. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? JSON : MARKDOWN;
        }
    }

    private NotesExport() {
    }

    /** Writes the notebook to the file in the format its name says, atomically (a temporary file moved into place). */
    public static void write(Notebook notebook, Library library, Locale locale, LocalDate today, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (Format.of(target) == Format.JSON) {
            NotesJson.write(notebook, bytes);
        } else {
            bytes.write(markdown(notebook, library, locale, today).getBytes(StandardCharsets.UTF_8));
        }
        // An export is a file to share: readable as the user's other files are, not private like a temporary one.
        AtomicReplace.writeDurably(target, bytes.toByteArray(), "." + AtomicReplace.followLinks(target).getFileName(), true);
    }

    /** Writes the notebook as JSON, in the notes file's format. */
    public static void json(Notebook notebook, OutputStream out) throws IOException {
        NotesJson.write(notebook, out);
    }

    /** The notebook as Markdown, in the locale's language, the citations consulted {@code today}. */
    public static String markdown(Notebook notebook, Library library, Locale locale, LocalDate today) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Messages.get(locale, "notes.export.title")).append("\n\n");
        if (notebook.notes().isEmpty()) {
            md.append(Messages.get(locale, "notes.export.none")).append('\n');
            return md.toString();
        }
        // By mission in the library's order, each mission's documents in date order; then the notes of documents
        // the library no longer has, by their ids.
        Map<String, List<Note>> byDocument = new LinkedHashMap<>();
        for (Note n : notebook.notes()) byDocument.computeIfAbsent(n.documentId(), k -> new ArrayList<>()).add(n);
        List<String> done = new ArrayList<>();
        for (Mission mission : library.missions()) {
            List<Document> noted = library.documentsOf(mission.id()).stream().filter(d -> byDocument.containsKey(d.id())).toList();
            if (noted.isEmpty()) continue;
            md.append("## ").append(escape(missionName(mission, locale))).append("\n\n");
            for (Document doc : noted) {
                document(md, doc, byDocument.get(doc.id()), library, locale, today);
                done.add(doc.id());
            }
        }
        // Documents whose mission the library does not list.
        List<String> rest = byDocument.keySet().stream().filter(id -> !done.contains(id)).sorted().toList();
        List<String> gone = new ArrayList<>();
        for (String id : rest) {
            Optional<Document> doc = library.document(id);
            if (doc.isPresent()) {
                md.append("## ").append(escape(doc.get().missionId())).append("\n\n");
                document(md, doc.get(), byDocument.get(id), library, locale, today);
            } else {
                gone.add(id);
            }
        }
        if (!gone.isEmpty()) {
            md.append("## ").append(Messages.get(locale, "notes.export.documentsGone")).append("\n\n");
            for (String id : gone) {
                md.append("### ").append(Messages.get(locale, "notes.export.document", escape(id))).append("\n\n");
                for (Note n : sorted(byDocument.get(id))) highlight(md, n, n.anchor(), false, locale);
            }
        }
        return md.toString();
    }

    private static String missionName(Mission mission, Locale locale) {
        String acronym = mission.acronym() == null ? mission.id() : mission.acronym().in(locale);
        String name = mission.name() == null ? null : mission.name().in(locale);
        return name == null || name.isBlank() ? acronym : acronym + " — " + name;
    }

    private static void document(StringBuilder md, Document doc, List<Note> notes, Library library, Locale locale, LocalDate today) {
        md.append("### ").append(escape(doc.title())).append("\n\n");
        for (Note n : sorted(notes)) {
            Optional<Anchor> placed = Anchors.place(n.anchor(), doc.paragraphs());
            highlight(md, n, placed.orElse(n.anchor()), placed.isPresent(), locale);
        }
        String citation = CitationFormat.TEXT.format(doc, library, locale, today);
        md.append(Messages.get(locale, "notes.export.citation", escape(citation.strip()))).append("\n\n");
    }

    private static void highlight(StringBuilder md, Note n, Anchor at, boolean placed, Locale locale) {
        for (String line : at.quote().split("\\R", -1)) md.append("> ").append(escape(line)).append('\n');
        md.append('\n');
        String paragraph = Messages.get(locale, "notes.export.paragraph", at.paragraph() + 1);
        if (!placed) paragraph += " " + Messages.get(locale, "notes.export.notPlaced");
        md.append(paragraph).append("\n\n");
        if (n.hasText()) {
            for (String line : n.text().strip().split("\\R", -1)) md.append(escape(line)).append("  \n");
            md.setLength(md.length() - 3);
            md.append("\n\n");
        }
    }

    private static List<Note> sorted(List<Note> notes) {
        return notes.stream().sorted(Comparator.comparingInt((Note n) -> n.anchor().paragraph())
                .thenComparingInt(n -> n.anchor().start())).toList();
    }

    /** The text as Markdown shows it word for word: its markup characters escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        // A line that starts like a list item or a numbered one would become one.
        return out.toString().replaceFirst("^(\\s*)([-+])(\\s)", "$1\\\\$2$3")
                .replaceFirst("^(\\s*\\d+)([.)])(\\s)", "$1\\\\$2$3");
    }
}
