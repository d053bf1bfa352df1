package org.thbhub.submission;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportMode;

/**
 * A file as any channel hands it to the pipeline: its bytes already on local disk, with who sent
 * it, how, and for which country.
 *
 * @param country the only country the file may report for: the rapporteur's, or the SFTP or drop
 *     folder's; empty for an analyst, whose file may report for any country
 * @param analyst whether the sender may import the UNODC baseline and ask for a lenient import
 * @param sha256 lower-case hex of the bytes
 * @param delivery for a folder channel's file: the delivery that marks it judged, once
 */
public record IncomingFile(
        Path file,
        String fileName,
        String mediaType,
        Channel channel,
        String uploader,
        Optional<CountryCode> country,
        boolean analyst,
        ImportMode mode,
        boolean dryRun,
        String sha256,
        long size,
        Optional<Delivery> delivery) {

    public IncomingFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(delivery, "delivery");
        if (delivery.isPresent() && dryRun) {
            throw new IllegalArgumentException("a delivered file is never a dry run");
        }
        if (mode == ImportMode.LENIENT && !analyst) {
            throw new IllegalArgumentException("only an analyst may ask for a lenient import");
        }
    }
}
