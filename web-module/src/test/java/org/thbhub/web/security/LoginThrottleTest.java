package org.thbhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void moreThanTenFailuresForANameWithinFiveMinutesWaitUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 11; i++) {
            assertThat(throttle.retryAfter(Optional.of("ann"), "10.0.0.1")).isEmpty();
            throttle.failed(Optional.of("ann"), "10.0.0.1");
            now = now.plusSeconds(10);
        }
        // 11 failures, the first at 10:00:00: free again at 10:05:00
        assertThat(throttle.retryAfter(Optional.of("ann"), "10.0.0.9"))
                .hasValue(Duration.ofSeconds(300 - 110));
        assertThat(throttle.retryAfter(Optional.of("bob"), "10.0.0.1")).isEmpty();
        now = Instant.parse("2026-12-01T10:05:00Z");
        assertThat(throttle.retryAfter(Optional.of("ann"), "10.0.0.1")).isEmpty();
    }

    @Test
    void moreThanAHundredFailuresFromOneAddressBlockEveryNameFromThere() {
        for (int i = 0; i < 101; i++) {
            throttle.failed(Optional.of("user-" + i), "10.0.0.2");
        }
        assertThat(throttle.retryAfter(Optional.of("someone-else"), "10.0.0.2")).isPresent();
        assertThat(throttle.retryAfter(Optional.empty(), "10.0.0.2")).isPresent();
        assertThat(throttle.retryAfter(Optional.of("someone-else"), "10.0.0.3")).isEmpty();
    }

    @Test
    void tenFailuresAreStillLetThrough() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(Optional.of("carl"), "10.0.0.4");
        }
        assertThat(throttle.retryAfter(Optional.of("carl"), "10.0.0.4")).isEmpty();
    }
}
