package org.thbhub.web.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reference data as the API answers it, kept for at most a minute (issue 15). Countries, regions,
 * code lists and their labels change only with a migration, yet every call read them from the
 * database (two to three native queries with eight joins, the JSON written anew): on deadline day
 * that made the anonymous reference reads the slowest of all. A minute of lag is what the issue
 * allows; a restarted server reads afresh. Entries are whole values (the body bytes, the list of
 * languages), so a reader never sees half of an update; two readers racing past an expired entry
 * both compute it, which costs one extra read and is harmless.
 */
@ApplicationScoped
public class ReferenceCache {

    static final Duration MAXIMUM_AGE = Duration.ofMinutes(1);

    private final Map<String, Entry<?>> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public ReferenceCache() {
        this(Clock.systemUTC());
    }

    ReferenceCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The value under {@code key}, computed by {@code load} when missing or older than a minute.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        Instant now = clock.instant();
        Entry<?> entry = entries.get(key);
        if (entry == null || !now.isBefore(entry.expires())) {
            T value = load.get();
            entries.put(key, new Entry<>(value, now.plus(MAXIMUM_AGE)));
            return value;
        }
        return (T) entry.value();
    }

    private record Entry<T>(T value, Instant expires) {}
}
