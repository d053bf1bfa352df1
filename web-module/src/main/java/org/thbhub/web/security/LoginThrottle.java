package org.thbhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, counted per user name and per client address over the last five minutes (design.md
 * 7a): past 10 for a name or 100 for an address, further attempts are refused unchecked (429) until
 * the oldest failure leaves the window. Kept in memory: each node counts its own, which bounds a
 * guesser to a few times the limit, and a restart forgets nothing that matters (the lock-out of
 * jdbc accounts is in the database).
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MAX_PER_NAME = 10;
    static final int MAX_PER_ADDRESS = 100;

    /** No more keys than this: a flood of made-up names must not exhaust the memory. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byName = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before trying again, or empty when the attempt may go ahead. */
    public Optional<Duration> retryAfter(Optional<String> name, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = name.flatMap(n -> wait(byName, n, MAX_PER_NAME, now));
        return wait.isPresent() ? wait : wait(byAddress, address, MAX_PER_ADDRESS, now);
    }

    public void failed(Optional<String> name, String address) {
        Instant now = clock.instant();
        name.ifPresent(n -> add(byName, n, now));
        add(byAddress, address, now);
    }

    private static Optional<Duration> wait(
            Map<String, Deque<Instant>> counts, String key, int max, Instant now) {
        Deque<Instant> failures = counts.get(key);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() <= max) {
                return Optional.empty();
            }
            // the attempt is allowed again once enough failures have aged out of the window
            Instant[] times = failures.toArray(Instant[]::new);
            Instant freeAt = times[failures.size() - max - 1].plus(WINDOW);
            return Optional.of(Duration.between(now, freeAt));
        }
    }

    private void add(Map<String, Deque<Instant>> counts, String key, Instant now) {
        if (counts.size() > MAX_KEYS) {
            counts.entrySet()
                    .removeIf(
                            e -> {
                                synchronized (e.getValue()) {
                                    prune(e.getValue(), now);
                                    return e.getValue().isEmpty();
                                }
                            });
        }
        Deque<Instant> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }
}
