package org.missionreader.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.missionreader.cli.CommandLine;
import org.missionreader.cli.DocumentArgument;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.ui.printing.CommandLinePrint;

/** The launcher: command-line actions run without a window; otherwise the reader opens. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        QuietLibraries.apply();
        StartupTrace.mark("main");
        CommandLine.Parsed parsed = CommandLine.parse(args);
        if (parsed.action() == CommandLine.Action.WINDOW) {
            Preload.start();
            MissionReaderApp.launchWindow(args);
            return;
        }
        // Accents survive whatever the locale's encoding: the JDK writes "?" when the locale is not generated.
        System.setOut(org.missionreader.cli.ConsoleStreams.out());
        System.setErr(org.missionreader.cli.ConsoleStreams.err());
        if (parsed.action() == CommandLine.Action.PRINT) {
            List<String> files = parsed.files();
            Locale locale = SystemLocale.detect();
            Library library = new LibraryLoader().loadBundled().library();
            Optional<Document> doc = DocumentArgument.find(library, files.get(0), locale, System.err);
            if (doc.isEmpty()) System.exit(1);
            int code = new CommandLinePrint(locale, System.out, System.err)
                    .run(library, doc.get(), files.size() > 1 ? files.get(1) : null);
            // Printed: main returns, and the JVM ends once JavaFX's print thread has handed the job over.
            if (code != 0) System.exit(code);
            return;
        }
        int code = new CommandLine(SystemLocale.detect(), version()).run(parsed, System.out, System.err);
        System.exit(code);
    }

    /** The module's version as the build recorded it. */
    public static String version() {
        return Main.class.getModule().getDescriptor() == null ? "dev"
                : Main.class.getModule().getDescriptor().rawVersion().orElse("dev");
    }
}
