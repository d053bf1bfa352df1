package org.thbhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SFTP server THB Hub polls during the integration tests: Apache MINA SSHD in the test JVM,
 * serving a local folder, on the port the build reserved, with a host key the server's known_hosts
 * names. Tests drop files into its folder and may stop and restart it.
 */
public final class ItSftpServer {

    public static final String USER = "ingest";
    public static final String PASSWORD = "it-only-secret";

    private static ItSftpServer current;

    public final Path files;
    public final int port;
    private final KeyPair hostKey;
    private SshServer sshd;

    private ItSftpServer(Path files, int port) {
        this.files = files;
        this.port = port;
        this.hostKey = newKeyPair();
    }

    static ItSftpServer start(Path root, int port) {
        try {
            Files.createDirectories(root.resolve("files"));
            ItSftpServer server = new ItSftpServer(root.resolve("files"), port);
            Files.writeString(
                    root.resolve("known_hosts"),
                    "[127.0.0.1]:"
                            + port
                            + " "
                            + PublicKeyEntry.toString(server.hostKey.getPublic())
                            + "\n",
                    StandardCharsets.US_ASCII);
            for (String iso3 : List.of("AUT", "DEU")) {
                Files.createDirectories(server.files.resolve(iso3).resolve("inbox"));
                Files.createDirectories(server.files.resolve(iso3).resolve("outbox"));
            }
            server.up();
            current = server;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server of this test run. */
    public static ItSftpServer current() {
        if (current == null) {
            throw new IllegalStateException("no SFTP server in this run");
        }
        return current;
    }

    void up() throws IOException {
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator(
                (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(files));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.start();
    }

    void down() throws IOException {
        sshd.stop(true);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
