package org.thbhub.ingest.route;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReceiptText;
import org.thbhub.submission.SubmissionJson;

/**
 * Writes {@code <file>.receipt.json} and {@code <file>.receipt.txt} into a country's outbox. Each
 * is written to a dot-file and renamed, so a rapporteur's client never reads half a receipt; a
 * later file of the same name replaces the receipt (the history keeps both submissions). A name too
 * long for the suffixes is shortened with a hash ({@link ArchiveNames}).
 */
public final class ReceiptWriter {

    public void write(Path outbox, String fileName, Receipt receipt) {
        String base = ArchiveNames.receiptBase(fileName);
        try {
            Files.createDirectories(outbox);
            write(outbox, base + ArchiveNames.RECEIPT_JSON, SubmissionJson.detail(receipt).json());
            write(outbox, base + ArchiveNames.RECEIPT_TEXT, ReceiptText.of(receipt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String name, String content) throws IOException {
        Path part = dir.resolve("." + name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(
                part,
                dir.resolve(name),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
