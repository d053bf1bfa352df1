package org.thbhub.ingest.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReceiptJson;
import org.thbhub.submission.SubmissionStatus;

/**
 * Remote files that were judged but are not yet archived on the server, kept on the local disk. The
 * SFTP route records the outcome here before it touches the server again; when the move to {@code
 * .done/} or {@code .error/} fails (a lost connection, a restart) the file shows up again and its
 * stored outcome is replayed instead of judging it a second time. An entry is forgotten once the
 * file has been moved.
 *
 * <p>Keyed on what identifies one delivery of a remote file: its path, size and modification time.
 */
final class JudgedFiles {

    /**
     * How long an entry is kept if its file is never seen again (it was moved, but the reply was
     * lost).
     */
    static final Duration KEEP = Duration.ofDays(30);

    /** What a delivery came to: enough to write its receipts and archive it again. */
    record Outcome(SubmissionStatus status, String receiptJson, String receiptText) {

        static Outcome of(Receipt receipt) {
            return new Outcome(
                    receipt.status(),
                    ReceiptJson.detail(receipt).toString(),
                    ReceiptJson.text(receipt));
        }

        /** A DUPLICATE is done, not failed: the bytes were accepted earlier. */
        String archiveFolder() {
            return status == SubmissionStatus.REJECTED ? ".error" : ".done";
        }
    }

    private final Path dir;

    JudgedFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        forgetOlderThan(Instant.now().minus(KEEP));
    }

    Optional<Outcome> find(String key) {
        Properties entry = new Properties();
        try (InputStream in = Files.newInputStream(file(key))) {
            entry.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(
                new Outcome(
                        SubmissionStatus.valueOf(entry.getProperty("status")),
                        entry.getProperty("receiptJson"),
                        entry.getProperty("receiptText")));
    }

    /** Durable when it returns: written, forced to disk, renamed into place. */
    Outcome remember(String key, Outcome outcome) {
        Properties entry = new Properties();
        entry.setProperty("key", key);
        entry.setProperty("status", outcome.status().name());
        entry.setProperty("receiptJson", outcome.receiptJson());
        entry.setProperty("receiptText", outcome.receiptText());
        Path target = file(key);
        Path part = dir.resolve("." + target.getFileName() + ".part");
        try (FileChannel channel =
                FileChannel.open(
                        part,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            entry.store(out, null);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the judged file " + key, e);
        }
        try {
            Files.move(
                    part,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the judged file " + key, e);
        }
        return outcome;
    }

    void forget(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many judged files wait to be archived. */
    long pending() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".judged")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOlderThan(Instant limit) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(f).compareTo(FileTime.from(limit)) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        byte[] digest = Sha256.newDigest().digest(key.getBytes(StandardCharsets.UTF_8));
        return dir.resolve(HexFormat.of().formatHex(digest) + ".judged");
    }
}
