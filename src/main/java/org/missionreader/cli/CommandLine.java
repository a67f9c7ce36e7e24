package org.missionreader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LibrarySet;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Problem;

/**
 * The command-line side of the launcher: {@code --validate}, {@code --search}, {@code --cite}, {@code --export-pdf},
 * {@code --export-notes}, {@code --import},
 * {@code --help} and {@code --version} run here without opening a window; {@code --print} needs JavaFX's printing, which
 * the launcher runs (with no window); anything else asks for the window.
 */
public final class CommandLine {

    /** What the arguments ask for. */
    public enum Action { WINDOW, HELP, VERSION, VALIDATE, SEARCH, CITE, EXPORT_PDF, EXPORT_NOTES, IMPORT, PRINT, USAGE_ERROR }

    /**
     * The parsed arguments: the action, the files it names (for a search, the query's words; for the
     * window, a library file to open beside the bundled one), for a usage error what was wrong, and the
     * id of the document the window starts on ({@code --open}), or null.
     */
    public record Parsed(Action action, List<String> files, String error, String document) {
        public Parsed(Action action, List<String> files, String error) {
            this(action, files, error, null);
        }
    }

    private final Locale locale;
    private final String version;

    public CommandLine(Locale locale, String version) {
        this.locale = locale;
        this.version = version;
    }

    public static Parsed parse(String[] args) {
        if (args.length == 0) {
            return new Parsed(Action.WINDOW, List.of(), null);
        }
        String first = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        switch (first) {
            case "--help", "-h" -> {
                return new Parsed(Action.HELP, List.of(), null);
            }
            case "--version", "-V" -> {
                return new Parsed(Action.VERSION, List.of(), null);
            }
            case "--validate" -> {
                if (rest.isEmpty()) return new Parsed(Action.USAGE_ERROR, List.of(), "--validate");
                return new Parsed(Action.VALIDATE, rest, null);
            }
            case "--export-pdf" -> {
                if (rest.size() != 2) return new Parsed(Action.USAGE_ERROR, List.of(), "--export-pdf");
                return new Parsed(Action.EXPORT_PDF, rest, null);
            }
            case "--export-notes" -> {
                // OUT.md or OUT.json: the notes of the data directory.
                if (rest.size() != 1 || rest.get(0).isBlank() || rest.get(0).startsWith("-")) {
                    return new Parsed(Action.USAGE_ERROR, List.of(), "--export-notes");
                }
                return new Parsed(Action.EXPORT_NOTES, rest, null);
            }
            case "--import" -> {
                // FILE [--mission ID] [--kind KIND] [--date DATE] [--title TITLE] [--language fr|en] OUT.json:
                // ImportCommand reads the options and words what is wrong with them.
                if (rest.size() < 2) return new Parsed(Action.USAGE_ERROR, List.of(), "--import");
                return new Parsed(Action.IMPORT, rest, null);
            }
            case "--print" -> {
                // A document of the bundled library, on the default printer or the one named.
                if (rest.isEmpty() || rest.size() > 2) return new Parsed(Action.USAGE_ERROR, List.of(), "--print");
                return new Parsed(Action.PRINT, rest, null);
            }
            case "--open" -> {
                // The window, started on a document of the bundled library.
                if (rest.size() != 1 || rest.get(0).isBlank()) return new Parsed(Action.USAGE_ERROR, List.of(), "--open");
                return new Parsed(Action.WINDOW, List.of(), null, rest.get(0));
            }
            case "--cite" -> {
                // DOCUMENT_ID [--format text|bibtex|ris|csl-json]
                boolean one = rest.size() == 1;
                boolean withFormat = rest.size() == 3 && "--format".equals(rest.get(1))
                        && org.missionreader.cite.CitationFormat.named(rest.get(2)) != null;
                if ((!one && !withFormat) || rest.get(0).startsWith("-")) {
                    return new Parsed(Action.USAGE_ERROR, List.of(), "--cite");
                }
                return new Parsed(Action.CITE, withFormat ? List.of(rest.get(0), rest.get(2)) : List.of(rest.get(0), "text"), null);
            }
            case "--search" -> {
                if (rest.isEmpty() || String.join(" ", rest).isBlank()) {
                    return new Parsed(Action.USAGE_ERROR, List.of(), "--search");
                }
                return new Parsed(Action.SEARCH, rest, null);
            }
            default -> {
                // Plain arguments are library files to open in the window beside the bundled one, in that
                // order (as a file manager passes them); a later file may name what an earlier one holds.
                for (String arg : args) {
                    if (arg.startsWith("-")) return new Parsed(Action.USAGE_ERROR, List.of(), arg);
                }
                return new Parsed(Action.WINDOW, List.of(args), null);
            }
        }
    }

    /** Runs a command that needs no window and returns the process exit code. */
    public int run(Parsed parsed, PrintStream out, PrintStream err) {
        switch (parsed.action()) {
            case HELP -> {
                out.println(Messages.get(locale, "cli.help", version));
                return 0;
            }
            case VERSION -> {
                out.println("Mission Reader " + version);
                return 0;
            }
            case VALIDATE -> {
                return validate(parsed.files(), out, err);
            }
            case EXPORT_PDF -> {
                return new PdfCommand(locale).run(parsed.files().get(0), Path.of(parsed.files().get(1)), out, err);
            }
            case EXPORT_NOTES -> {
                return new NotesCommand(locale, java.time.LocalDate.now(),
                        new org.missionreader.notes.NotesFile(org.missionreader.notes.NotesFile.defaultDirectory()))
                        .run(Path.of(parsed.files().get(0)), out, err);
            }
            case IMPORT -> {
                return new ImportCommand(locale).run(parsed.files(), out, err);
            }
            case SEARCH -> {
                return new SearchCommand(locale).run(String.join(" ", parsed.files()), out, err);
            }
            case CITE -> {
                return new CiteCommand(locale, java.time.LocalDate.now()).run(parsed.files().get(0),
                        org.missionreader.cite.CitationFormat.named(parsed.files().get(1)), out, err);
            }
            case USAGE_ERROR -> {
                if ("--export-pdf".equals(parsed.error())) {
                    err.println(Messages.get(locale, "cli.export.usage"));
                } else if ("--export-notes".equals(parsed.error())) {
                    err.println(Messages.get(locale, "cli.notes.usage"));
                } else if ("--print".equals(parsed.error())) {
                    err.println(Messages.get(locale, "cli.print.usage"));
                } else if ("--import".equals(parsed.error())) {
                    err.println(Messages.get(locale, "cli.import.usage"));
                } else if ("--cite".equals(parsed.error())) {
                    err.println(Messages.get(locale, "cli.cite.usage"));
                } else {
                    err.println(Messages.get(locale, "cli.usageError", parsed.error()));
                }
                return 2;
            }
            default -> throw new IllegalArgumentException(parsed.action() + " is not run here: the launcher runs it with JavaFX");
        }
    }

    /**
     * [--alone] [--strict] FILE...: checks each file, its links against the bundled library and the files
     * before it (as the window opens them), or against itself alone with {@code --alone}. Exits 1 on an
     * error, 0 when there are only warnings (1 with {@code --strict}).
     */
    private int validate(List<String> args, PrintStream out, PrintStream err) {
        boolean alone = args.contains("--alone");
        boolean strict = args.contains("--strict");
        List<String> files = args.stream().filter(a -> !a.equals("--alone") && !a.equals("--strict")).toList();
        if (files.isEmpty()) {
            err.println(Messages.get(locale, "cli.usageError", "--validate"));
            return 2;
        }
        LibraryLoader loader = new LibraryLoader();
        LibrarySet open = alone ? LibrarySet.empty() : LibrarySet.of(null, loader.loadBundled().library());
        long errors = 0;
        long warnings = 0;
        int missions = 0;
        int documents = 0;
        int events = 0;
        for (String file : files) {
            LoadResult result = loader.load(Path.of(file), LoadMonitor.NONE, open.library());
            // Standard error holds the problems only, one FILE:LINE:COLUMN: line each (warnings marked so), as
            // editors and CI annotators read them; a file with very many gives its first ones, then how many
            // more. Standard output has the summary.
            for (Problem problem : result.problems()) {
                err.println(problem.format(locale));
                if (problem.isWarning()) warnings++;
                else errors++;
            }
            if (result.moreProblems() > 0) {
                err.println(Messages.get(locale, "cli.moreProblems", result.moreProblems(), file));
                // Those not kept are not known one by one: they count as errors, the file failing either way.
                errors += result.moreProblems();
            }
            missions += result.library().missions().size();
            documents += result.library().documents().size();
            events += result.library().events().size();
            if (!alone) open = open.add(file, result.library()).set();
        }
        String against = Messages.get(locale, alone ? "cli.valid.alone" : "cli.valid.withBundled");
        if (errors > 0 || strict && warnings > 0) {
            out.println(Messages.get(locale, "cli.problemCount", errors, warnings) + " " + against);
            return 1;
        }
        String valid = Messages.get(locale, "cli.valid", files.size(), missions, documents, events);
        if (warnings > 0) valid += Messages.get(locale, "cli.valid.warnings", warnings);
        out.println(valid + " " + against);
        return 0;
    }
}
