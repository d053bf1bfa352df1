package org.thbhub.ingest.route;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReceiptJson;
import org.thbhub.submission.SubmissionStatus;

/**
 * The SFTP channel (design.md section 8): one consumer, logged in as the ingest account, over every
 * {@code <root>/<ISO3>/inbox} on the SFTP server. A file still being written is left alone ({@code
 * .part}, {@code .tmp}, WinSCP's {@code .filepart}, dot-files, and a read lock that waits until its
 * size and time stop changing). Each file is downloaded to a local work file, judged for the
 * folder's country, its two receipts are uploaded to {@code <ISO3>/outbox} (under a dot-name, then
 * renamed), and it moves to {@code .done/} or {@code .error/} under a time-stamp prefix.
 *
 * <p>Exactly once (docs/adr/0008): the pipeline marks the delivery judged in the transaction that
 * stores its submission. If the receipts or the move fail, the file stays in the inbox and its next
 * delivery replays the earlier receipt instead of judging it again. A file that failed before it
 * was judged (download, database) simply waits for the next poll. The host key is always checked
 * against the known_hosts file; a lost connection is retried and, while it stays lost, polled less
 * often.
 */
public class SftpInboxRoute extends RouteBuilder {

    public static final String ROUTE_ID = "sftp-inbox";

    private static final String ARCHIVE = "thbArchive";
    private static final String STAMPED = "${date:now:yyyyMMdd'T'HHmmssSSS}-${file:onlyname}";
    private static final int BACKOFF_AFTER_FAILED_POLLS = 3;
    private static final int BACKOFF_SKIPPED_POLLS = 6;

    private final SftpSettings settings;
    private final Path workDir;
    private final FileIntake intake;

    /**
     * @param workDir a local directory of its own for download work files
     */
    public SftpInboxRoute(SftpSettings settings, Path workDir, FileIntake intake) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.workDir = Objects.requireNonNull(workDir, "workDir").toAbsolutePath();
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public void configure() {
        long delay = settings.pollDelay().toMillis();
        SftpEndpoint inbox =
                sftp(
                        "recursive=true&antInclude=*/inbox/*&antExclude=**/*.part,**/*.tmp,**/*.filepart"
                                + "&sortBy=file:modified"
                                + "&readLock=changed&readLockCheckInterval=1000"
                                + "&readLockMinAge=1000&readLockTimeout=60000"
                                + "&localWorkDirectory="
                                + workDir.resolve("download")
                                + "&delay="
                                + delay
                                + "&throwExceptionOnConnectFailed=true"
                                + "&maximumReconnectAttempts=2&reconnectDelay="
                                + Math.min(delay, 5000)
                                + "&backoffErrorThreshold="
                                + BACKOFF_AFTER_FAILED_POLLS
                                + "&backoffMultiplier="
                                + BACKOFF_SKIPPED_POLLS
                                + "&move=${exchangeProperty."
                                + ARCHIVE
                                + "}/"
                                + STAMPED);
        inbox.setOnCompletionExceptionHandler(Archiving.failures());
        SftpEndpoint outbox = sftp("fileExist=Override&tempFileName=.${file:onlyname}.part");

        from(inbox)
                .routeId(ROUTE_ID)
                .process(this::judge)
                .split(body())
                .stopOnException()
                .process(SftpInboxRoute::asUpload)
                .to(outbox)
                .end();
    }

    private void judge(Exchange exchange) {
        Message in = exchange.getIn();
        // <ISO3>/inbox/<file>, relative to the root: the country is the folder's
        String relative = in.getHeader(FileConstants.FILE_RELATIVE_PATH, String.class);
        String[] parts = relative.split("/");
        if (parts.length != 3 || !CountryCode.isWellFormed(parts[0])) {
            throw new IllegalStateException("not a country inbox: " + relative);
        }
        CountryCode country = CountryCode.of(parts[0]);
        String fileName = parts[2];
        Path localCopy = Path.of(in.getHeader(FileConstants.FILE_LOCAL_WORK_PATH, String.class));
        ChannelFile delivered =
                new ChannelFile(
                        localCopy,
                        fileName,
                        country,
                        Channel.SFTP,
                        relative,
                        in.getHeader(FileConstants.FILE_LENGTH, Long.class),
                        in.getHeader(FileConstants.FILE_LAST_MODIFIED, Long.class));
        Receipt receipt = intake.intake(delivered);
        String archive = receipt.status() == SubmissionStatus.REJECTED ? ".error" : ".done";
        // camel-ftp resolves a move against the root, not against the file's folder
        exchange.setProperty(ARCHIVE, country.iso3() + "/inbox/" + archive);
        DeliveryKey key = delivered.key(receipt.sha256());
        Archiving.onceArchived(exchange, () -> intake.archived(key));
        String receipts = country.iso3() + "/outbox/" + fileName;
        in.setBody(
                List.of(
                        new Upload(
                                receipts + ".receipt.json", ReceiptJson.detail(receipt).toString()),
                        new Upload(receipts + ".receipt.txt", ReceiptJson.text(receipt))));
    }

    /** A split part knows nothing of the inbox file: only the receipt's name and text. */
    private static void asUpload(Exchange exchange) {
        Upload upload = exchange.getIn().getBody(Upload.class);
        Message message = exchange.getIn();
        message.removeHeaders("*");
        message.setHeader(FileConstants.FILE_NAME, upload.path());
        message.setBody(upload.content().getBytes(StandardCharsets.UTF_8));
    }

    private SftpEndpoint sftp(String options) {
        // camel-ftp takes no absolute path: the root is relative to the login directory
        String root = settings.root().replaceFirst("^/+", "");
        String uri =
                "sftp://%s:%d%s?%s&strictHostKeyChecking=yes&useUserKnownHostsFile=false"
                        .formatted(
                                settings.host(),
                                settings.port(),
                                root.isEmpty() ? "" : "/" + root,
                                options);
        SftpEndpoint endpoint = getContext().getEndpoint(uri, SftpEndpoint.class);
        // credentials and files are set here, never in the URI, so no log shows them
        SftpConfiguration config = endpoint.getConfiguration();
        config.setUsername(settings.user());
        settings.password().ifPresent(config::setPassword);
        settings.privateKeyFile().ifPresent(key -> config.setPrivateKeyFile(key.toString()));
        config.setKnownHostsFile(settings.knownHostsFile().toString());
        return endpoint;
    }

    private record Upload(String path, String content) {}
}
