package org.thbhub.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The PostgreSQL of the PostgreSQL run: real binaries, on the port THB_DB_URL names, its data in a
 * folder of its own that survives a stop, so a test can stop the database under the running server
 * and start it again with every row still there.
 */
public final class ItPostgres {

    private static EmbeddedPostgres running;
    private static int port;
    private static Path data;

    private ItPostgres() {}

    static synchronized void start(String jdbcUrl, Path dataDirectory) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://localhost:")) {
            throw new IllegalStateException("THB_DB_URL must name a local PostgreSQL: " + jdbcUrl);
        }
        port = URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
        data = dataDirectory;
        start();
    }

    /** Starts it again on the same port and data. */
    public static synchronized void start() {
        try {
            running =
                    EmbeddedPostgres.builder()
                            .setPort(port)
                            .setDataDirectory(data)
                            .setCleanDataDirectory(false)
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on " + port, e);
        }
    }

    public static synchronized void stop() {
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = null;
    }

    static synchronized void stopIfRunning() {
        if (running != null) {
            stop();
        }
    }

    static synchronized boolean available() {
        return data != null;
    }
}
