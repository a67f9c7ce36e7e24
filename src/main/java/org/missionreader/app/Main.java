package org.missionreader.app;

import org.missionreader.i18n.SystemLocale;
import java.util.List;
import org.missionreader.cli.CommandLine;
import org.missionreader.ui.printing.CommandLinePrint;

/** The launcher: command-line actions run without a window; otherwise the reader opens. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        CommandLine.Parsed parsed = CommandLine.parse(args);
        if (parsed.action() == CommandLine.Action.WINDOW) {
            Preload.start();
            MissionReaderApp.launchWindow(args);
            return;
        }
        if (parsed.action() == CommandLine.Action.PRINT) {
            List<String> files = parsed.files();
            int code = new CommandLinePrint(SystemLocale.detect(), System.out, System.err)
                    .run(files.get(0), files.size() > 1 ? files.get(1) : null);
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
