package org.thbhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;

class CredentialCacheTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final CredentialCache cache = new CredentialCache(clock);
    private final Caller ann = new Caller("ann", Set.of(Role.ANALYST), Optional.empty());

    @Test
    void aVerifiedCredentialIsKeptAMinuteAndOnlyForTheSamePassword() {
        cache.put("ann", "right-password", ann);

        assertThat(cache.find("ann", "right-password")).hasValue(ann);
        assertThat(cache.find("ann", "wrong-password")).isEmpty();
        assertThat(cache.find("an", "nright-password"))
                .as("name and password kept apart")
                .isEmpty();
        now = now.plusSeconds(60);
        assertThat(cache.find("ann", "right-password")).isEmpty();
    }

    @Test
    void aChangedUserIsForgotten() {
        cache.put("ann", "right-password", ann);
        cache.forget("ann");
        assertThat(cache.find("ann", "right-password")).isEmpty();
    }

    @Test
    void twoProcessesKeyTheirEntriesDifferently() {
        // the key is random per process: nothing stored could be checked against a password offline
        CredentialCache other = new CredentialCache(clock);
        other.put("ann", "right-password", ann);
        assertThat(cache.find("ann", "right-password")).isEmpty();
    }
}
