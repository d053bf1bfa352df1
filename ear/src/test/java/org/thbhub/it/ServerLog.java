package org.thbhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log of the test server of this run, as an operator would read it. */
final class ServerLog {

    private ServerLog() {}

    static Path file() {
        return Path.of(System.getProperty("jboss.home"))
                .resolveSibling("it-logs")
                .resolve(System.getProperty("thb.it.database"))
                .resolve("server.log");
    }

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
}
