package org.thbhub.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The test server's log (jboss.server.log.dir of arquillian.xml), read from a mark on: how a fault
 * test sees that the server has noticed the fault before the fault is lifted.
 */
final class ServerLog {

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    static Path file() {
        return Path.of(System.getProperty("jboss.home"))
                .resolveSibling("it-logs")
                .resolve(System.getProperty("thb.it.database"))
                .resolve("server.log");
    }

    /** The whole log so far. */
    static String text() {
        try {
            return Files.readString(file(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines hold {@code text}. */
    static long lines(String text) {
        return text().lines().filter(l -> l.contains(text)).count();
    }

    /** Remembers where the log ends now; later reads see only what comes after. */
    static ServerLog fromNow() {
        Path file = file();
        try {
            return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line written after the mark that matches, and answers it. */
    String awaitLine(String what, Duration timeout, Predicate<String> line) {
        String[] found = new String[1];
        Await.until(
                what + " in " + file,
                timeout,
                () -> {
                    found[0] = sinceMark().lines().filter(line).findFirst().orElse(null);
                    return found[0] != null;
                });
        return found[0];
    }

    private String sinceMark() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= mark) {
                return "";
            }
            byte[] bytes = new byte[(int) (length - mark)];
            in.seek(mark);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
