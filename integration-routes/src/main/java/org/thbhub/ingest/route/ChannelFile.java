package org.thbhub.ingest.route;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.Delivery;
import org.thbhub.submission.DeliveryKey;

/**
 * A file a folder channel found in a country's inbox, as the channel listed it.
 *
 * @param source its path below the channel's root, {@code <ISO3>/inbox/<name>}
 * @param size its size as the channel listed it
 * @param modifiedMillis its modification time as the channel listed it
 */
public record ChannelFile(
        String fileName,
        CountryCode country,
        Channel channel,
        String source,
        long size,
        long modifiedMillis) {

    public ChannelFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
    }

    /** The key of this delivery: with its content hash, or without for a file refused unread. */
    public DeliveryKey key(Optional<String> sha256) {
        return DeliveryKey.of(channel, country, source, size, modifiedMillis, sha256);
    }

    public Delivery delivery(Optional<String> sha256) {
        return new Delivery(
                key(sha256), source, size, Optional.of(Instant.ofEpochMilli(modifiedMillis)));
    }
}
