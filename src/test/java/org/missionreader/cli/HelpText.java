package org.missionreader.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code mission-reader --help} prints, its options, and a way to run the packaging scripts on it. */
final class HelpText {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[a-z][a-z-]*");

    private HelpText() {
    }

    /** The help as the launcher prints it in English. */
    static String english() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            int code = new CommandLine(Locale.ENGLISH, "1.2.3").run(CommandLine.parse(new String[] {"--help"}), o, o);
            if (code != 0) throw new AssertionError("--help exited " + code);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every option the help names (--validate, --alone, --format...), in order. */
    static Set<String> options(String help) {
        Set<String> options = new LinkedHashSet<>();
        Matcher m = OPTION.matcher(help);
        while (m.find()) {
            options.add(m.group());
        }
        return options;
    }

    /** What a process printed and returned. */
    record Result(int code, String out, String err) {
    }

    /** Runs a command in the project's folder with the given standard input. */
    static Result run(String input, Path dir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("help-out", ".txt");
        Path err = Files.createTempFile("help-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (dir != null) builder.directory(dir.toFile());
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end in 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The project's folder, where the tests run (packaging/ is under it). */
    static Path project() {
        return Path.of("").toAbsolutePath();
    }

    /** The words bash printed, one per line, sorted. */
    static List<String> lines(String out) {
        List<String> lines = new ArrayList<>(out.isEmpty() ? List.of() : List.of(out.split("\n")));
        Collections.sort(lines);
        return lines;
    }
}
