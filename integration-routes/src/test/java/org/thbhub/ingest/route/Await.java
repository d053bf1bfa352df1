package org.thbhub.ingest.route;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; never a fixed wait for a result. */
final class Await {

    static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

    private Await() {}

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE.toSeconds() + " s for: " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
