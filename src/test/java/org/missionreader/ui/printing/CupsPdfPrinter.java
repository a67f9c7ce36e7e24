package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A CUPS-PDF printer on this machine, if one is set up (.ci/run sets one up): its queue name, from
 * {@code lpstat -v}, and the folders where it writes the PDFs it prints, from cups-pdf.conf.
 */
final class CupsPdfPrinter {

    private static final Path CONF = Path.of("/etc/cups/cups-pdf.conf");

    final String name;
    final List<Path> outputFolders;

    private CupsPdfPrinter(String name, List<Path> outputFolders) {
        this.name = name;
        this.outputFolders = outputFolders;
    }

    /** The first CUPS-PDF queue, or why there is none. */
    static Optional<CupsPdfPrinter> find(StringBuilder why) {
        String devices;
        try {
            Process lpstat = new ProcessBuilder("lpstat", "-v").redirectErrorStream(true).start();
            devices = new String(lpstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!lpstat.waitFor(10, TimeUnit.SECONDS)) {
                lpstat.destroy();
                why.append("lpstat -v did not answer within 10 s: is cupsd running?");
                return Optional.empty();
            }
        } catch (IOException e) {
            why.append("CUPS is not installed here (no lpstat): ").append(e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why.append("interrupted");
            return Optional.empty();
        }
        // "device for PDF: cups-pdf:/"
        for (String line : devices.split("\n")) {
            int colon = line.indexOf(": cups-pdf:");
            if (line.startsWith("device for ") && colon > 0) {
                return Optional.of(new CupsPdfPrinter(line.substring("device for ".length(), colon), outputFolders()));
            }
        }
        why.append("no CUPS-PDF printer is configured (lpstat -v: ").append(devices.strip())
                .append("); .ci/run shows how to set one up");
        return Optional.empty();
    }

    /** The CUPS-PDF printer; the test is skipped, saying why, where there is none, and fails in CI. */
    static CupsPdfPrinter orSkip() {
        StringBuilder why = new StringBuilder();
        Optional<CupsPdfPrinter> cups = CupsPdfPrinter.find(why);
        // CI sets the printer up (.ci/run): there, a missing printer is a broken set-up, not a reason to skip.
        if ("true".equals(System.getenv("CI")) && cups.isEmpty()) {
            throw new AssertionError("CI has no CUPS-PDF printer although .ci/setup-printer.sh ran: " + why);
        }
        assumeTrue(cups.isPresent(), () -> "no real printer to print on: " + why);
        return cups.get();
    }

    private static List<Path> outputFolders() {
        String out = "${HOME}/PDF";
        String anonymous = "/var/spool/cups-pdf/ANONYMOUS";
        try {
            for (String line : Files.readAllLines(CONF, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.startsWith("Out ")) out = l.substring(4).strip();
                if (l.startsWith("AnonDirName ")) anonymous = l.substring(12).strip();
            }
        } catch (IOException e) {
            // the package's defaults, as above
        }
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(out.replace("${HOME}", System.getProperty("user.home")).replace("${USER}", System.getProperty("user.name"))));
        folders.add(Path.of(anonymous));
        return folders;
    }

    /** The PDF this printer wrote for a job title, once it is complete; empty if none came within the time. */
    Optional<Path> awaitOutput(String jobTitle, long timeoutMillis) throws InterruptedException {
        return await(f -> f.getFileName().toString().startsWith(jobTitle), timeoutMillis);
    }

    /**
     * A PDF this printer wrote that is not among {@code before}, once complete; empty if none came within
     * the time. For jobs whose title CUPS-PDF rewrites into the file name (accents, spaces).
     */
    Optional<Path> awaitNewOutput(Set<Path> before, long timeoutMillis) throws InterruptedException {
        return await(f -> !before.contains(f), timeoutMillis);
    }

    /** The PDFs this printer has written so far. */
    Set<Path> outputs() {
        Set<Path> all = new HashSet<>();
        for (Path folder : outputFolders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pdf")).forEach(all::add);
            } catch (IOException e) {
                // unreadable folder: the others still count
            }
        }
        return all;
    }

    private Optional<Path> await(Predicate<Path> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long lastSize = -1;
        int stillFor = 0;
        while (System.currentTimeMillis() < deadline) {
            Optional<Path> file = outputs().stream().filter(wanted).findFirst();
            if (file.isPresent()) {
                try {
                    long size = Files.size(file.get());
                    // CUPS-PDF writes the file page by page, and a loaded machine can pause between pages:
                    // take it once its size has held still for two seconds with no job left in the queue
                    // (half a second once gave a first page alone).
                    stillFor = size > 0 && size == lastSize && noJobPending() ? stillFor + 1 : 0;
                    if (stillFor >= 4) return file;
                    lastSize = size;
                } catch (IOException e) {
                    lastSize = -1;
                    stillFor = 0;
                }
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    /** Whether CUPS has no unfinished job left ({@code lpstat -o} prints nothing). */
    private static boolean noJobPending() {
        try {
            Process lpstat = new ProcessBuilder("lpstat", "-o").redirectErrorStream(true).start();
            String jobs = new String(lpstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return lpstat.waitFor(10, TimeUnit.SECONDS) && jobs.isBlank();
        } catch (IOException e) {
            return true; // no lpstat to ask: the stable size alone decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
