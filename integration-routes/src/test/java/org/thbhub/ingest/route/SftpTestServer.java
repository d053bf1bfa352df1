package org.thbhub.ingest.route;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server in the test's JVM (Apache MINA SSHD) serving a temporary directory, with one
 * account that logs in by password or by key. It counts connections and logins, can be stopped and
 * started again on the same port with the same host key, and can refuse archiving moves.
 */
final class SftpTestServer implements AutoCloseable {

    static final String USER = "ingest";
    static final String PASSWORD = "not-a-real-secret-42";

    final Path files;
    final KeyPair hostKey = newKeyPair();
    final KeyPair clientKey = newKeyPair();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger refusedArchiveMoves = new AtomicInteger();
    volatile boolean refuseArchiving;

    /**
     * A file (relative to the served folder) that another node takes: see {@link TakenByAnother}.
     */
    volatile Path takenByAnother;

    final AtomicInteger takenFolderListings = new AtomicInteger();

    private int port;
    private SshServer sshd;

    SftpTestServer(Path files) {
        this.files = files;
    }

    SftpTestServer start() throws IOException {
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port); // 0 the first time: a free port, kept for restarts
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator(
                (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setPublickeyAuthenticator(
                (user, key, session) ->
                        USER.equals(user) && KeyUtils.compareKeys(key, clientKey.getPublic()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(files));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new ArchiveVeto());
        sftp.addSftpEventListener(new TakenByAnother());
        sshd.setSubsystemFactories(List.of(sftp));
        sshd.addSessionListener(new Counter());
        sshd.start();
        port = sshd.getPort();
        return this;
    }

    void stop() throws IOException {
        sshd.stop(true);
    }

    @Override
    public void close() throws IOException {
        if (sshd != null && sshd.isStarted()) {
            stop();
        }
    }

    int port() {
        return port;
    }

    /** A known_hosts file naming this server with the given key (its own, or another). */
    Path knownHosts(Path dir, KeyPair key) throws IOException {
        return Files.writeString(
                dir.resolve("known_hosts-" + System.nanoTime()),
                "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key.getPublic()) + "\n",
                StandardCharsets.US_ASCII);
    }

    Path knownHosts(Path dir) throws IOException {
        return knownHosts(dir, hostKey);
    }

    /** The account's private key in OpenSSH format, as {@code ssh-keygen} writes it. */
    Path clientKeyFile(Path dir) throws IOException {
        Path file = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "ingest", null, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    static KeyPair newKeyPair() {
        try {
            // ecdsa-sha2-nistp256: as strong as RSA 3072 for SSH, and fast to generate
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Counter implements SessionListener {
        @Override
        public void sessionCreated(Session session) {
            connections.incrementAndGet();
        }

        @Override
        public void sessionEvent(Session session, Event event) {
            if (event == Event.Authenticated) {
                logins.incrementAndGet();
            }
        }
    }

    /** Fails a move into .done/ or .error/ while {@link #refuseArchiving} is set. */
    private final class ArchiveVeto implements SftpEventListener {
        @Override
        public void moving(ServerSession session, Path src, Path dst, Collection<CopyOption> opts)
                throws IOException {
            String parent = dst.getParent().getFileName().toString();
            if (refuseArchiving && (parent.equals(".done") || parent.equals(".error"))) {
                refusedArchiveMoves.incrementAndGet();
                throw new IOException("archiving refused by the test");
            }
        }
    }

    /**
     * As a second node does: the second listing of {@link #takenByAnother}'s folder (the first is
     * the poll's, the second the read lock's) finds the file moved to {@code .done} meanwhile, and
     * fails, as a server may fail a listing whose entry vanished under it.
     */
    private final class TakenByAnother implements SftpEventListener {
        @Override
        public void opening(ServerSession session, String remoteHandle, Handle localHandle)
                throws IOException {
            Path taken = takenByAnother;
            // the handle's path is on the served file system: "/" and the path below files
            if (taken == null
                    || !(localHandle instanceof DirectoryHandle)
                    || !localHandle.getFile().toString().equals("/" + taken.getParent())
                    || takenFolderListings.incrementAndGet() != 2) {
                return;
            }
            Path source = files.resolve(taken);
            Path done = Files.createDirectories(source.resolveSibling(".done"));
            Files.move(source, done.resolve(source.getFileName()));
            throw new IOException("the listed entry " + taken + " vanished (test)");
        }
    }
}
