package org.thbhub.ingest.route;

import java.nio.file.Path;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;
import org.thbhub.validation.ProblemCode;

/**
 * What a folder route hands a file to. Each delivery is judged once (docs/adr/0008): handed the
 * same delivery again (its file never left the inbox), it answers the earlier receipt.
 */
public interface FileIntake {

    /** Judges the file whose bytes are in {@code localCopy}. */
    Receipt intake(ChannelFile file, Path localCopy);

    /**
     * Records a file refused before it was read (FILE_NOT_REGULAR, FILE_TOO_LARGE) with its
     * verdict.
     */
    Receipt refuse(ChannelFile file, ProblemCode reason, Object... detail);

    /** The delivery's file has left the inbox. */
    void archived(DeliveryKey key);
}
