package org.thbhub.ingest.route;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.Synchronization;

/**
 * How a folder route learns whether the consumer moved a judged file out of its inbox. The consumer
 * moves the file after the route (its own completion); a failed move is reported to {@link
 * #failures} instead of failing the exchange, and {@link #onceArchived} runs only when the move
 * succeeded. A file whose move failed stays in the inbox and its delivery is replayed at the next
 * poll (docs/adr/0008).
 */
final class Archiving {

    private static final Logger LOG = Logger.getLogger(Archiving.class.getName());
    private static final String FAILED = "thbArchiveFailed";

    private Archiving() {}

    /** Runs {@code then} after the consumer's move, if the move succeeded. */
    static void onceArchived(Exchange exchange, Runnable then) {
        exchange.getExchangeExtension().addOnCompletion(new AfterMove(then));
    }

    static ExceptionHandler failures() {
        return new MoveFailures();
    }

    private record AfterMove(Runnable then) implements Synchronization, Ordered {

        @Override
        public void onComplete(Exchange exchange) {
            if (!exchange.getProperty(FAILED, false, Boolean.class)) {
                then.run();
            }
        }

        @Override
        public void onFailure(Exchange exchange) {
            // receipts not written: the file stays, its delivery is replayed
        }

        /** After the consumer's own completion, which moves the file. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST;
        }
    }

    private static final class MoveFailures implements ExceptionHandler {

        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            if (exchange != null) {
                exchange.setProperty(FAILED, true);
            }
            LOG.log(
                    Level.WARNING,
                    "a file was judged but not moved out of its inbox; it stays there and its"
                            + " receipts and move are retried: "
                            + message,
                    exception);
        }
    }
}
