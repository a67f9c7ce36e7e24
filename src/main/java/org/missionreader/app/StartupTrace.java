package org.missionreader.app;

import java.time.Duration;
import java.time.Instant;

/**
 * Marks the steps of start-up on standard error, in milliseconds since the process began, when the
 * system property {@code missionreader.trace.startup} is set: the start-up benchmark reads them to say
 * where the time goes. Costs nothing otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("missionreader.trace.startup");
    private static final Instant PROCESS_START = ON
            ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.printf("startup %6d ms  %s%n", Duration.between(PROCESS_START, Instant.now()).toMillis(), step);
        }
    }
}
