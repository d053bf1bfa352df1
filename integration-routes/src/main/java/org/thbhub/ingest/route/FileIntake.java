package org.thbhub.ingest.route;

import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;

/**
 * What a folder route hands a file to. Each delivery is judged once (docs/adr/0008): handed the
 * same delivery again (its file never left the inbox), it answers the earlier receipt.
 */
public interface FileIntake {

    Receipt intake(ChannelFile file);

    /** The delivery's file has left the inbox. */
    void archived(DeliveryKey key);
}
