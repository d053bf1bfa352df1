package org.thbhub.ingest.route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the ingest account reaches the SFTP server (design.md sections 8 and 9). Host keys are always
 * checked against {@code knownHostsFile}: without one the channel refuses to start. The password
 * never appears in {@link #toString()}.
 *
 * @param root the directory holding the {@code <ISO3>} folders: absolute ({@code /srv/thb}),
 *     relative to the account's home ({@code thb}), or blank for the home itself
 */
public record SftpSettings(
        String host,
        int port,
        String user,
        Optional<String> password,
        Optional<Path> privateKeyFile,
        Path knownHostsFile,
        String root,
        Duration pollDelay) {

    public SftpSettings {
        require(host != null && !host.isBlank(), "THB_SFTP_HOST must name the SFTP server");
        require(port > 0 && port < 65536, "THB_SFTP_PORT must be a TCP port, not " + port);
        require(user != null && !user.isBlank(), "THB_SFTP_USER must name the ingest account");
        password = Objects.requireNonNull(password, "password").filter(p -> !p.isEmpty());
        privateKeyFile = Objects.requireNonNull(privateKeyFile, "privateKeyFile");
        require(
                password.isPresent() || privateKeyFile.isPresent(),
                "set THB_SFTP_PASSWORD or THB_SFTP_PRIVATE_KEY_FILE for the ingest account");
        privateKeyFile.ifPresent(
                key ->
                        require(
                                Files.isReadable(key),
                                "THB_SFTP_PRIVATE_KEY_FILE " + key + " cannot be read"));
        require(
                knownHostsFile != null && Files.isRegularFile(knownHostsFile),
                "the SFTP channel checks the server's host key: THB_SFTP_KNOWN_HOSTS_FILE must name"
                        + " a known_hosts file holding it"
                        + (knownHostsFile == null
                                ? ""
                                : " (" + knownHostsFile + " is not a file)"));
        root = root == null ? "" : root.strip();
        require(
                pollDelay != null && !pollDelay.isNegative() && !pollDelay.isZero(),
                "THB_SFTP_POLL_DELAY_MS must be positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "SftpSettings[%s@%s:%d, root '%s', %s, known hosts %s, poll every %d ms]"
                .formatted(
                        user,
                        host,
                        port,
                        root,
                        privateKeyFile
                                .map(k -> "key " + k + (password.isPresent() ? " or password" : ""))
                                .orElse("password"),
                        knownHostsFile,
                        pollDelay.toMillis());
    }
}
