package org.thbhub.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void readsOnceAMinuteAtMost() {
        Hand clock = new Hand();
        ReferenceCache cache = new ReferenceCache(clock);
        AtomicInteger reads = new AtomicInteger();

        assertThat(cache.get("countries en", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        clock.now = clock.now.plus(Duration.ofSeconds(59));
        assertThat(cache.get("countries en", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        // a change behind the cache shows within a minute
        assertThat(cache.get("countries en", () -> "v" + reads.incrementAndGet())).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void keysAreApart() {
        ReferenceCache cache = new ReferenceCache(new Hand());
        assertThat(cache.get("countries en", () -> "english")).isEqualTo("english");
        assertThat(cache.get("countries ru", () -> "russian")).isEqualTo("russian");
        assertThat(cache.get("countries en", () -> "other")).isEqualTo("english");
    }
}
