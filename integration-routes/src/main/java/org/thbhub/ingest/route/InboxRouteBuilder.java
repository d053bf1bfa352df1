package org.thbhub.ingest.route;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileConstants;

/**
 * What the folder channels (drop folder, SFTP) share: their settings as Camel property
 * placeholders, published by {@link CamelHost} from the THB_* configuration keys, and one error
 * handler.
 */
abstract class InboxRouteBuilder extends RouteBuilder {

    /** Camel properties: the endpoint URIs name them as {@code {{...}}} placeholders. */
    static final String DROP_ROOT = "thb.drop.root";

    static final String DROP_POLL_DELAY_MS = "thb.drop.poll.delay.ms";
    static final String MAX_BYTES = "thb.max.upload.bytes";
    static final String SFTP_HOST = "thb.sftp.host";
    static final String SFTP_PORT = "thb.sftp.port";

    /** The root relative to the login directory (an absolute one is set on the endpoint). */
    static final String SFTP_ROOT = "thb.sftp.root";

    static final String SFTP_POLL_DELAY_MS = "thb.sftp.poll.delay.ms";
    static final String SFTP_RECONNECT_DELAY_MS = "thb.sftp.reconnect.delay.ms";
    static final String SFTP_DOWNLOAD_DIR = "thb.sftp.download.dir";

    /** Exchange property: the inbox entry (its path below the root) being handled. */
    static final String SOURCE = "thbInboxSource";

    /** Exchange property: what was being done with it, for the one log line of a failure. */
    static final String STAGE = "thbInboxStage";

    long longProperty(String key) {
        return Long.parseLong(textProperty(key));
    }

    String textProperty(String key) {
        return getContext()
                .getPropertiesComponent()
                .resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException("no Camel property " + key));
    }

    /**
     * The one error handler of the folder channels: the routes never move a file on failure, so the
     * file stays in its inbox; the failure is logged once and the file tried again after a growing
     * pause ({@link Retries}), its delivery replayed, never judged twice.
     */
    void fileStaysOnFailure(Retries retries) {
        onException(Exception.class)
                .handled(true)
                .process(
                        e ->
                                retries.failed(
                                        e.getProperty(
                                                SOURCE,
                                                e.getIn()
                                                        .getHeader(
                                                                FileConstants.FILE_RELATIVE_PATH,
                                                                "?",
                                                                String.class),
                                                String.class),
                                        e.getProperty(STAGE, "handling the file", String.class),
                                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class),
                                        Instant.now()));
    }
}
