package org.missionreader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Problem;

/**
 * The command-line side of the launcher: {@code --validate}, {@code --search}, {@code --help} and
 * {@code --version} run here without opening a window; anything else asks for the window.
 */
public final class CommandLine {

    /** What the arguments ask for. */
    public enum Action { WINDOW, HELP, VERSION, VALIDATE, SEARCH, USAGE_ERROR }

    /**
     * The parsed arguments: the action, the files it names (for a search, the query's words; for the
     * window, the id of the document to open, if any), and for a usage error what was wrong.
     */
    public record Parsed(Action action, List<String> files, String error) {
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
            case "--open" -> {
                // The window, started on a document: its id travels in files.
                if (rest.size() != 1 || rest.get(0).isBlank()) return new Parsed(Action.USAGE_ERROR, List.of(), "--open");
                return new Parsed(Action.WINDOW, rest, null);
            }
            case "--search" -> {
                if (rest.isEmpty() || String.join(" ", rest).isBlank()) {
                    return new Parsed(Action.USAGE_ERROR, List.of(), "--search");
                }
                return new Parsed(Action.SEARCH, rest, null);
            }
            default -> {
                if (first.startsWith("-")) return new Parsed(Action.USAGE_ERROR, List.of(), first);
                return new Parsed(Action.USAGE_ERROR, List.of(), first);
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
            case SEARCH -> {
                return new SearchCommand(locale).run(String.join(" ", parsed.files()), out, err);
            }
            case USAGE_ERROR -> {
                err.println(Messages.get(locale, "cli.usageError", parsed.error()));
                return 2;
            }
            default -> throw new IllegalArgumentException("the window is not a command-line action");
        }
    }

    private int validate(List<String> files, PrintStream out, PrintStream err) {
        LibraryLoader loader = new LibraryLoader();
        List<Problem> problems = new ArrayList<>();
        int missions = 0;
        int documents = 0;
        int events = 0;
        for (String file : files) {
            LoadResult result = loader.load(Path.of(file));
            problems.addAll(result.problems());
            missions += result.library().missions().size();
            documents += result.library().documents().size();
            events += result.library().events().size();
        }
        if (!problems.isEmpty()) {
            for (Problem problem : problems) {
                err.println(problem.format(locale));
            }
            err.println(Messages.get(locale, "cli.problemCount", problems.size()));
            return 1;
        }
        out.println(Messages.get(locale, "cli.valid", files.size(), missions, documents, events));
        return 0;
    }
}
