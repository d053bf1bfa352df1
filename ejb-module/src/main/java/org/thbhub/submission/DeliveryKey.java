package org.thbhub.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thbhub.reference.CountryCode;

/**
 * What identifies one delivery of a file through a folder channel (docs/adr/0008): a SHA-256 over
 * the channel, the country folder, the file's path below the root, its size, its modification time
 * and, when the file was read, its content hash. Any server that sees the same file computes the
 * same key, so the key can claim the file; a file replaced in place (other bytes, size or time) is
 * another delivery.
 */
public record DeliveryKey(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public DeliveryKey {
        Objects.requireNonNull(value, "value");
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("a delivery key is 64 lower-case hex digits");
        }
    }

    /**
     * @param source the file's path below the channel's root, {@code <ISO3>/inbox/<name>}
     * @param modifiedMillis the modification time as the channel reports it (SFTP: whole seconds)
     * @param sha256 the content hash, empty for a file refused unread
     */
    public static DeliveryKey of(
            Channel channel,
            CountryCode country,
            String source,
            long size,
            long modifiedMillis,
            Optional<String> sha256) {
        String identity =
                String.join(
                        "\n",
                        channel.name(),
                        country.iso3(),
                        source,
                        Long.toString(size),
                        Long.toString(modifiedMillis),
                        sha256.orElse("-"));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(identity.getBytes(StandardCharsets.UTF_8));
            return new DeliveryKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
