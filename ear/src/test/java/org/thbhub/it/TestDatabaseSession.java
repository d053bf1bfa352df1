package org.thbhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the database of one integration-test run before Arquillian starts WildFly: a fresh
 * server data directory (so the H2 file starts empty), and for the PostgreSQL run a real PostgreSQL
 * from embedded binaries, listening where THB_DB_URL says, exactly as production would configure it
 * (also for the nodes run, whose two servers share it); for the oidc run also a real Keycloak
 * (ItKeycloak).
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private ItSftpServer sftpServer;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String database = System.getProperty("thb.it.database");
        String jbossHome = System.getProperty("jboss.home");
        if (database == null || jbossHome == null) {
            return; // not a failsafe run of this module
        }
        deleteTree(Path.of(jbossHome).resolveSibling("it-data").resolve(database));
        Path sftp = Path.of(jbossHome).resolveSibling("it-sftp").resolve(database);
        deleteTree(sftp);
        sftpServer = ItSftpServer.start(sftp, Integer.getInteger("thb.it.sftp.port"));
        // the oidc run's identity provider starts while WildFly does; ItKeycloak waits for it
        ItKeycloak.startIfConfigured();
        // the nodes run (NodesIT) shares one PostgreSQL between the two servers it starts
        if ("postgresql".equals(database) || "nodes".equals(database)) {
            Path data = Path.of(jbossHome).resolveSibling("it-pg").resolve("data");
            deleteTree(data);
            ItPostgres.start(System.getenv("THB_DB_URL"), data);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (sftpServer != null) {
            try {
                sftpServer.down();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ItPostgres.stopIfRunning();
        ItKeycloak.stopIfRunning();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(TestDatabaseSession::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
