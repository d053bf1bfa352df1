package org.thbhub.ingest.pipeline;

import java.util.Objects;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.Delivery;
import org.thbhub.validation.Detail;
import org.thbhub.validation.ProblemCode;

/**
 * A channel's file refused before a byte of it is read: not a regular file, or above the size
 * limit. It is recorded with its verdict and its delivery, without bytes.
 *
 * @param reason the refusal's code, {@code FILE_NOT_REGULAR} or {@code FILE_TOO_LARGE}
 * @param detail the message's arguments
 */
public record UnreadFile(
        String fileName,
        Channel channel,
        String uploader,
        CountryCode country,
        long size,
        Delivery delivery,
        ProblemCode reason,
        Object... detail) {

    public UnreadFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(reason, "reason");
    }

    /** A symbolic link, directory, FIFO, device or socket, named as a reader would. */
    public static UnreadFile notRegular(
            String fileName,
            Channel channel,
            String uploader,
            CountryCode country,
            Delivery delivery,
            String kind) {
        return new UnreadFile(
                fileName,
                channel,
                uploader,
                country,
                0,
                delivery,
                ProblemCode.FILE_NOT_REGULAR,
                fileName,
                new Detail(kind));
    }
}
