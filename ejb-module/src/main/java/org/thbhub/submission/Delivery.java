package org.thbhub.submission;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file as a folder channel found it: where it lay, how large and how old it was, and the key that
 * marks it judged.
 *
 * @param source the file's path below the channel's root, {@code <ISO3>/inbox/<name>}
 */
public record Delivery(DeliveryKey key, String source, long size, Optional<Instant> modifiedAt) {

    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }
}
