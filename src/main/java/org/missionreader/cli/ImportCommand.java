package org.missionreader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionreader.i18n.Messages;
import org.missionreader.importer.DocumentImporter;
import org.missionreader.importer.ImportDraft;
import org.missionreader.importer.ImportFailure;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Problem;
import org.missionreader.library.Speaker;
import org.missionreader.mylibrary.MyLibrary;

/**
 * {@code --import FILE [--mission ID] [--kind KIND] [--date DATE] [--title TITLE] [--language fr|en] OUT.json}:
 * reads the file with {@link DocumentImporter}, the options over what it proposes, and adds the document to
 * OUT.json (a new one-document library if it does not exist) through {@link MyLibrary}: validated by the loader
 * against the bundled library before anything is written. Exit codes: 0 added, 1 the file could not be read
 * or the result would not load or could not be written, 2 a wrong command line (an option, a date, a kind, a
 * mission that is not known, a required field the file does not give).
 */
final class ImportCommand {

    private static final List<String> OPTIONS = List.of("--mission", "--kind", "--date", "--title", "--language");

    private final Locale locale;
    private final Library bundled;

    ImportCommand(Locale locale, Library bundled) {
        this.locale = locale;
        this.bundled = bundled;
    }

    ImportCommand(Locale locale) {
        this(locale, new LibraryLoader().loadBundled().library());
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS.contains(arg)) {
                if (i + 1 >= args.size() || options.containsKey(arg)) return usage(err);
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("-")) {
                return usage(err);
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2 || files.stream().anyMatch(String::isBlank)) return usage(err);
        Path input = Path.of(files.get(0));
        Path target = Path.of(files.get(1));

        DocumentKind kind = null;
        if (options.containsKey("--kind")) {
            kind = DocumentKind.fromJson(options.get("--kind"));
            if (kind == null) {
                String kinds = Arrays.stream(DocumentKind.values()).map(DocumentKind::jsonName).collect(Collectors.joining(", "));
                err.println(Messages.get(locale, "cli.import.badKind", options.get("--kind"), kinds));
                return 2;
            }
        }
        PartialDate date = null;
        if (options.containsKey("--date")) {
            date = PartialDate.parse(options.get("--date")).orElse(null);
            if (date == null) {
                err.println(Messages.get(locale, "cli.import.badDate", options.get("--date")));
                return 2;
            }
        }
        String language = options.get("--language");
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            err.println(Messages.get(locale, "cli.import.badLanguage", language));
            return 2;
        }

        // The missions a document may join: the bundled library's and those of OUT.json if it exists.
        MyLibrary library = new MyLibrary(target, bundled);
        LoadResult existing = library.load();
        List<Mission> missions = new ArrayList<>(bundled.missions());
        missions.addAll(existing.library().missions());
        String knownMissions = missions.stream().map(Mission::id).collect(Collectors.joining(", "));
        String mission = options.get("--mission");
        if (mission != null && missions.stream().noneMatch(m -> m.id().equals(mission))) {
            err.println(Messages.get(locale, "cli.import.unknownMission", mission, target, knownMissions));
            return 2;
        }

        ImportDraft draft;
        try {
            draft = DocumentImporter.read(input);
        } catch (ImportFailure e) {
            String why = Messages.get(locale, "cli.import.why." + e.why().name(), String.valueOf(e.getMessage()));
            err.println(Messages.get(locale, "cli.import.failed", e.file() == null ? input : e.file(), why));
            return 1;
        }

        String missionId = mission != null ? mission : draft.missionId();
        if (missionId == null) {
            err.println(Messages.get(locale, "cli.import.noMission", knownMissions));
            return 2;
        }
        String title = options.getOrDefault("--title", draft.title());
        if (title == null || title.isBlank()) return missing(err, ImportDraft.Field.TITLE, input, "--title TITLE");
        if (kind == null) kind = draft.kind();
        if (kind == null) return missing(err, ImportDraft.Field.KIND, input, "--kind KIND");
        if (language == null) language = draft.language();
        if (language == null) return missing(err, ImportDraft.Field.LANGUAGE, input, "--language fr|en");
        if (date == null) date = draft.date();
        Speaker speaker = draft.speakerName() == null ? null : new Speaker(draft.speakerName(), draft.speakerRole());

        Document doc = new Document(null, missionId, kind, title, date, speaker, language, draft.paragraphs(),
                draft.source(), draft.symbol());
        Library after;
        try {
            after = library.add(doc, null);
        } catch (MyLibrary.Refused refused) {
            for (Problem p : refused.problems()) err.println(p.format(locale));
            err.println(Messages.get(locale, "cli.import.refused", target));
            return 1;
        } catch (IOException | SecurityException e) {
            err.println(Messages.get(locale, "cli.import.writeError", target.toAbsolutePath(), NotesCommand.why(e, locale)));
            return 1;
        }
        Document added = after.documents().get(after.documents().size() - 1);
        out.println(Messages.get(locale, "cli.import.done", added.title(), added.id(), target, after.documents().size()));

        // What the file did not give and no option filled in: left empty, never guessed.
        List<String> unread = new ArrayList<>();
        for (ImportDraft.Field field : draft.unread()) {
            boolean given = switch (field) {
                case TITLE -> options.containsKey("--title");
                case KIND -> options.containsKey("--kind");
                case DATE -> options.containsKey("--date");
                case LANGUAGE -> options.containsKey("--language");
                case MISSION -> options.containsKey("--mission");
                case SPEAKER, SYMBOL -> false;
            };
            if (!given) unread.add(Messages.get(locale, "cli.import.field." + field.name()));
        }
        if (!unread.isEmpty()) out.println(Messages.get(locale, "cli.import.unread", input, String.join(", ", unread)));
        return 0;
    }

    private int missing(PrintStream err, ImportDraft.Field field, Path input, String option) {
        err.println(Messages.get(locale, "cli.import.missing", Messages.get(locale, "cli.import.field." + field.name()), input, option));
        return 2;
    }

    private int usage(PrintStream err) {
        err.println(Messages.get(locale, "cli.import.usage"));
        return 2;
    }
}
