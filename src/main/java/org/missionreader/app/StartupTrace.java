package org.missionreader.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Marks the steps of start-up on standard error, in milliseconds since the JVM began, when the
 * system property {@code missionreader.trace.startup} is set: the start-up benchmark reads them to say
 * where the time goes. Costs nothing otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("missionreader.trace.startup");
    /** When the JVM started, to the millisecond (a process's start time from /proc is only as exact as the boot time's second). */
    private static final Instant JVM_START = ON
            ? Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) : null;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.printf("startup %6d ms  %s%n", Duration.between(JVM_START, Instant.now()).toMillis(), step);
        }
    }
}
