package org.thbhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thbhub.access.Role;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void tenWrongPasswordsInARowLockForAQuarterOfAnHour() {
        UserAccount user = new UserAccount("ann", "hash", Role.ANALYST, Optional.empty(), now);
        for (int i = 1; i < 10; i++) {
            assertThat(user.failedAttempt(now)).as("attempt " + i).isFalse();
        }
        assertThat(user.failedAttempt(now)).as("the tenth").isTrue();
        assertThat(user.lockedAt(now.plusSeconds(899))).isTrue();
        assertThat(user.lockedAt(now.plusSeconds(900))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount user = new UserAccount("ann", "hash", Role.ANALYST, Optional.empty(), now);
        for (int i = 0; i < 9; i++) {
            user.failedAttempt(now);
        }
        user.loggedIn(now);
        assertThat(user.failedAttempt(now)).isFalse();
        assertThat(user.lastLoginAt()).hasValue(now);
    }

    @Test
    void bcryptHashesAreSaltedAndChecked() {
        String first = PasswordHasher.hash("a long enough password");
        assertThat(first)
                .startsWith("$2a$12$")
                .isNotEqualTo(PasswordHasher.hash("a long enough password"));
        assertThat(PasswordHasher.matches("a long enough password", first)).isTrue();
        assertThat(PasswordHasher.matches("a long enough passworD", first)).isFalse();
        assertThat(PasswordHasher.matches("x", "not a hash")).isFalse();
    }

    @Test
    void theModeIsOneOfThreeAndAnUnknownOneStopsTheStart() {
        assertThat(AuthMode.parse(Optional.empty())).isEqualTo(AuthMode.DEMO);
        assertThat(AuthMode.parse(Optional.of(" JDBC "))).isEqualTo(AuthMode.JDBC);
        assertThat(AuthMode.parse(Optional.of("oidc"))).isEqualTo(AuthMode.OIDC);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AuthMode.parse(Optional.of("ldap")))
                .hasMessageContaining("THB_AUTH");
    }
}
