package org.thbhub.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpSettingsTest {

    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir Path temp;

    @Test
    void to_string_names_the_account_but_never_the_password() throws IOException {
        SftpSettings settings = settings(Optional.of(PASSWORD), knownHosts());

        assertThat(settings.toString())
                .contains("ingest@sftp.example.org:2222")
                .contains("/srv/thb")
                .doesNotContain(PASSWORD);
    }

    @Test
    void refuses_to_start_without_a_known_hosts_file() {
        assertThatThrownBy(() -> settings(Optional.of(PASSWORD), temp.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("THB_SFTP_KNOWN_HOSTS_FILE")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> settings(Optional.of(PASSWORD), null))
                .hasMessageContaining("THB_SFTP_KNOWN_HOSTS_FILE");
    }

    @Test
    void refuses_an_account_without_password_or_key() throws IOException {
        Path knownHosts = knownHosts();
        assertThatThrownBy(() -> settings(Optional.empty(), knownHosts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("THB_SFTP_PASSWORD")
                .hasMessageContaining("THB_SFTP_PRIVATE_KEY_FILE");
    }

    private Path knownHosts() throws IOException {
        return Files.writeString(
                temp.resolve("known_hosts"), "[sftp.example.org]:2222 ssh-rsa AAAA\n");
    }

    private static SftpSettings settings(Optional<String> password, Path knownHosts) {
        return new SftpSettings(
                "sftp.example.org",
                2222,
                "ingest",
                password,
                Optional.empty(),
                knownHosts,
                "/srv/thb",
                Duration.ofSeconds(10));
    }
}
