package org.thbhub.ingest.route;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thbhub.common.SafeText;

/**
 * Files of an inbox that could not be judged or archived for a technical reason (the database or
 * the disk): each stays where it is and is tried again after a growing pause, and is logged once,
 * when it first fails, and once more when it finally goes through, never at every poll.
 */
final class Retries {

    private final Logger log;
    private final Duration first;
    private final Duration longest;
    private final Map<String, State> failing = new ConcurrentHashMap<>();

    private record State(int attempts, Instant next) {}

    /**
     * @param first the pause after the first failure, doubled at each further one
     * @param longest the longest pause
     */
    Retries(Logger log, Duration first, Duration longest) {
        this.log = log;
        this.first = first;
        this.longest = longest;
    }

    /** Whether the file may be tried now (it is not failing, or its pause is over). */
    boolean due(String source, Instant now) {
        State s = failing.get(source);
        return s == null || !now.isBefore(s.next());
    }

    void failed(String source, String what, Throwable failure, Instant now) {
        State before = failing.get(source);
        int attempts = before == null ? 1 : before.attempts() + 1;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration pause = first.multipliedBy(factor);
        if (pause.compareTo(longest) > 0) {
            pause = longest;
        }
        failing.put(source, new State(attempts, now.plus(pause)));
        if (before == null) {
            log.log(
                    Level.WARNING,
                    SafeText.escape(source)
                            + ": "
                            + what
                            + " failed; the file stays in the inbox and is tried again, with"
                            + " growing pauses (logged again only once it goes through)",
                    failure);
        } else {
            log.fine(() -> SafeText.escape(source) + ": " + what + " failed again: " + failure);
        }
    }

    void succeeded(String source) {
        State s = failing.remove(source);
        if (s != null) {
            log.info(
                    () ->
                            SafeText.escape(source)
                                    + " went through after "
                                    + s.attempts()
                                    + " failed attempt(s)");
        }
    }

    int failing() {
        return failing.size();
    }
}
