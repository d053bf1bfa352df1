package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verified credentials are cached (CredentialCache in front of the demo realm, issue 15), and a
 * changed password or role still takes effect within a minute, even when it is changed in the realm
 * behind the cache.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityCacheIT {

    static final String REALM = "/subsystem=elytron/filesystem-realm=thbDemoRealm";

    @Test
    void aChangedPasswordAndRoleTakeEffectWithinAMinute() {
        String user = "cache-probe-" + UUID.randomUUID().toString().substring(0, 8);
        Management.run(REALM + ":add-identity(identity=" + user + ")");
        try {
            Management.run(REALM + ":set-password(identity=" + user + ", clear={password=first})");
            Management.run(
                    REALM
                            + ":add-identity-attribute(identity="
                            + user
                            + ", name=roles, value=[government])");
            Management.run(
                    REALM
                            + ":add-identity-attribute(identity="
                            + user
                            + ", name=country, value=[AUT])");
            var first = Api.withCredentials("/me", user, "first");
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().get("roles").toString()).isEqualTo("[\"government\"]");

            Management.run(REALM + ":set-password(identity=" + user + ", clear={password=second})");
            Management.run(REALM + ":remove-identity-attribute(identity=" + user + ", name=roles)");
            Management.run(
                    REALM
                            + ":add-identity-attribute(identity="
                            + user
                            + ", name=roles, value=[analyst])");

            // polled with the old password, so that waiting is no series of failed logins
            Await.until(
                    "the old password to be refused",
                    Duration.ofSeconds(90),
                    () -> Api.withCredentials("/me", user, "first").status() == 401);
            var second = Api.withCredentials("/me", user, "second");
            assertThat(second.status()).as(second.body()).isEqualTo(200);
            assertThat(second.json().get("roles").toString()).isEqualTo("[\"analyst\"]");
        } finally {
            Management.run(REALM + ":remove-identity(identity=" + user + ")");
        }
    }
}
