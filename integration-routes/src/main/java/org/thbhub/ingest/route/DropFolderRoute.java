package org.thbhub.ingest.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.SubmissionStatus;

/**
 * The local drop folder (design.md section 8): one consumer over every {@code <ISO3>/inbox}. Files
 * still being written are left alone ({@code .part}, {@code .tmp}, dot-files, and a read lock that
 * waits until a file stops changing); a judged file moves to {@code .done/} or {@code .error/}
 * under a time-stamp prefix; receipts go to {@code <ISO3>/outbox}.
 */
public class DropFolderRoute extends RouteBuilder {

    static final String ARCHIVE = "thbArchive";

    private final Path root;
    private final long pollDelayMs;
    private final FileIntake intake;
    private final ReceiptWriter receipts = new ReceiptWriter();

    public DropFolderRoute(Path root, long pollDelayMs, FileIntake intake) {
        this.root = Objects.requireNonNull(root, "root");
        this.pollDelayMs = pollDelayMs;
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    /** Archive paths are absolute: a relative move would be resolved against the root. */
    @Override
    public void configure() {
        FileEndpoint inbox =
                endpoint(
                        String.format(
                                "file:%s?recursive=true&antInclude=*/inbox/*"
                                        + "&antExclude=**/*.part,**/*.tmp"
                                        + "&readLock=changed&readLockCheckInterval=500&readLockMinAge=1000"
                                        + "&readLockTimeout=60000"
                                        + "&delay=%d"
                                        + "&move=${file:parent}/${exchangeProperty.%s}/${date:now:yyyyMMdd'T'HHmmssSSS}-${file:onlyname}"
                                        + "&moveFailed=${file:parent}/.error/${date:now:yyyyMMdd'T'HHmmssSSS}-${file:onlyname}",
                                root.toAbsolutePath(), pollDelayMs, ARCHIVE),
                        FileEndpoint.class);
        inbox.setOnCompletionExceptionHandler(Archiving.failures());
        from(inbox).routeId("drop-folder-inbox").process(this::judge);
    }

    private void judge(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(java.io.File.class).toPath();
        String fileName = file.getFileName().toString();
        // <root>/<ISO3>/inbox/<file>: the country is the folder's
        CountryCode country = CountryCode.of(file.getParent().getParent().getFileName().toString());
        String source = root.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        ChannelFile delivered =
                new ChannelFile(
                        file,
                        fileName,
                        country,
                        Channel.DROP,
                        source.replace(java.io.File.separatorChar, '/'),
                        Files.size(file),
                        Files.getLastModifiedTime(file).toMillis());
        Receipt receipt = intake.intake(delivered);
        exchange.setProperty(
                ARCHIVE, receipt.status() == SubmissionStatus.REJECTED ? ".error" : ".done");
        receipts.write(file.getParent().getParent().resolve("outbox"), fileName, receipt);
        DeliveryKey key = delivered.key(receipt.sha256());
        Archiving.onceArchived(exchange, () -> intake.archived(key));
    }
}
