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

    /**
     * Claims the file for this node before it is read (docs/adr/0015): false when another node
     * holds it, and the route then leaves it alone without a receipt or a log line. A claim this
     * node already holds is granted again (a retry, a restart).
     */
    boolean claim(ChannelFile file);

    /** Judges the file whose bytes are in {@code localCopy}; the route has claimed it. */
    Receipt intake(ChannelFile file, Path localCopy);

    /**
     * Records a file refused before it was read (FILE_NOT_REGULAR, FILE_TOO_LARGE) with its
     * verdict.
     */
    Receipt refuse(ChannelFile file, ProblemCode reason, Object... detail);

    /** The delivery's file has left the inbox. */
    void archived(DeliveryKey key);
}
