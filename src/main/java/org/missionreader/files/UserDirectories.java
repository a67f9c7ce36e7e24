package org.missionreader.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps the user's files on each platform: its settings in the configuration
 * directory, what the reader made (notes, bookmarks) in the data directory. On Windows and macOS both are
 * the one folder those systems give applications; on other systems they follow the XDG base directories.
 */
public final class UserDirectories {

    /** Which of the XDG base directories: its variable and its default under the home folder. */
    public enum Kind {
        CONFIG("XDG_CONFIG_HOME", ".config"), DATA("XDG_DATA_HOME", ".local/share");

        private final String variable;
        private final String underHome;

        Kind(String variable, String underHome) {
            this.variable = variable;
            this.underHome = underHome;
        }
    }

    private UserDirectories() {
    }

    /** The folder named by the system property if it is set, else this system's folder of the kind. */
    public static Path of(Kind kind, String property) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return of(kind, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /** The folder of the kind on a system of this name, with this environment and home folder. */
    public static Path of(Kind kind, String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Mission Reader");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Mission Reader");
        }
        String xdg = env.get(kind.variable);
        // The XDG spec says a relative value is invalid and to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home).resolve(kind.underHome);
        return base.resolve("mission-reader");
    }
}
