package org.thbhub.web.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.thbhub.ingest.route.Sha256;

/**
 * An uploaded body spooled to a temporary file (the pipeline reads files, and a body must not sit
 * in memory), with its size and SHA-256 computed on the way. Stops reading as soon as the body
 * exceeds the limit.
 */
record Upload(Path file, long size, String sha256) implements AutoCloseable {

    static Upload spool(InputStream body, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("thb-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
        return new Upload(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
