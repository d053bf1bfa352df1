package org.thbhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The {@code <ISO3>/inbox}, {@code outbox} layout of design.md section 8, as a rapporteur's client
 * uses it: the same for the drop folder and for the SFTP server's files.
 */
public final class CountryFolders {

    private final Path root;
    private final Duration timeout;

    public CountryFolders(Path root, Duration timeout) {
        this.root = root;
        this.timeout = timeout;
    }

    public Path country(String iso3) {
        return root.resolve(iso3);
    }

    /** Written under a temporary name, then renamed: as a client should. */
    public void deliver(String iso3, String name, byte[] content) throws IOException {
        Path inbox = country(iso3).resolve("inbox");
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name));
    }

    /** Waits for both receipts (they are written one after the other) and reads the JSON one. */
    JsonNode awaitReceipt(String iso3, String name) throws IOException {
        Path receipt = country(iso3).resolve("outbox").resolve(name + ".receipt.json");
        Path text = country(iso3).resolve("outbox").resolve(name + ".receipt.txt");
        Await.until(
                "receipts " + receipt, timeout, () -> Files.exists(receipt) && Files.exists(text));
        return new ObjectMapper().readTree(receipt.toFile());
    }

    String receiptText(String iso3, String name) throws IOException {
        return Files.readString(country(iso3).resolve("outbox").resolve(name + ".receipt.txt"));
    }

    /** Waits until the judged file sits in {@code inbox/.done} or {@code .error} under a prefix. */
    void awaitArchived(String iso3, String folder, String name) {
        Await.until(name + " in " + folder, timeout, () -> archived(country(iso3), folder, name));
    }

    private static boolean archived(Path country, String folder, String name) {
        Path dir = country.resolve("inbox").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + name));
        } catch (IOException e) {
            return false;
        }
    }
}
