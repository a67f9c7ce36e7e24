package org.missionreader.library.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic library file for the benchmark scripts ({@code bench/generate-library.sh}): the
 * generator is test code, not part of the application, so it has this small entry point of its own.
 */
public final class GenerateLibrary {

    static final String USAGE = "usage: generate-library MISSIONS DOCUMENTS EVENTS OUT.json [SEED]";

    private GenerateLibrary() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** MISSIONS DOCUMENTS EVENTS OUT.json [SEED] (42 by default); returns the exit code: 0, 1 if the file cannot be written, 2 for bad arguments. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 4 || args.length > 5) {
            err.println(USAGE);
            return 2;
        }
        SyntheticLibrary.Size size;
        long seed;
        try {
            size = new SyntheticLibrary.Size(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            seed = args.length == 5 ? Long.parseLong(args[4]) : 42;
        } catch (IllegalArgumentException e) {
            err.println(USAGE + ": " + e.getMessage());
            return 2;
        }
        Path target = Path.of(args[3]);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            new SyntheticLibrary(seed).write(size, file);
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.printf("wrote %s: a synthetic library of %d missions, %d documents, %d events (seed %d)%n",
                target, size.missions(), size.documents(), size.events(), seed);
        return 0;
    }
}
