package org.thbhub.ingest.route;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.component.file.remote.strategy.SftpChangedExclusiveReadLockStrategy;
import org.apache.camel.support.DefaultExchange;
import org.thbhub.common.SafeText;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReceiptText;
import org.thbhub.submission.SubmissionJson;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.validation.Detail;
import org.thbhub.validation.ProblemCode;

/**
 * The SFTP channel (design.md section 8): one consumer, logged in as the ingest account, over every
 * {@code <root>/<ISO3>/inbox} on the SFTP server. A file still being written is left alone ({@code
 * .part}, {@code .tmp}, WinSCP's {@code .filepart}, dot-files, and a read lock that waits until its
 * size and time stop changing).
 *
 * <p>Camel lists and read-locks but neither downloads nor moves ({@code download=false}, {@code
 * noop=true}): the route looks at the listed entry first. A symbolic link (to a file or to another
 * country's folder), a folder inside an inbox, a FIFO or a device is never opened, and a file above
 * the size limit never downloaded: each is refused unread with its code. A regular file is
 * downloaded to a local work file through the consumer's own connection and judged for the folder's
 * country; its two receipts are uploaded to {@code <ISO3>/outbox} (under a dot-name, then renamed)
 * and the route moves it to {@code .done/} or {@code .error/} under a time-stamp prefix. A country
 * whose outbox is a link gets no receipt written through it: its files wait.
 *
 * <p>Exactly once (docs/adr/0008): the pipeline marks the delivery judged in the transaction that
 * stores its submission. If the receipts or the move fail, the file stays in the inbox and its next
 * delivery replays the earlier receipt instead of judging it again. A technical failure (download,
 * database) leaves the file for a later try with growing pauses, logged once ({@link Retries}). The
 * host key is always checked against the known_hosts file; a lost connection is retried and, while
 * it stays lost, polled less often.
 */
public class SftpInboxRoute extends InboxRouteBuilder {

    public static final String ROUTE_ID = "sftp-inbox";

    /** Judges one inbox entry: the listed files, and the folders found in an inbox. */
    private static final String JUDGE = "direct:sftp-judge";

    private static final Logger LOG = Logger.getLogger(SftpInboxRoute.class.getName());
    private static final String OPERATIONS = "thbSftpOperations";
    private static final String DONE = "thbDone";
    private static final int BACKOFF_AFTER_FAILED_POLLS = 3;
    private static final int BACKOFF_SKIPPED_POLLS = 6;
    private static final long READ_LOCK_CHECK_INTERVAL_MS = 1000;
    private static final long READ_LOCK_MIN_AGE_MS = 1000;
    private static final long READ_LOCK_TIMEOUT_MS = 60000;

    /** The server and root as placeholders (see CamelHost); the credentials are set in code. */
    private static final String SERVER =
            "sftp://{{"
                    + SFTP_HOST
                    + "}}:{{"
                    + SFTP_PORT
                    + "}}/{{"
                    + SFTP_ROOT
                    + "}}?strictHostKeyChecking=yes&useUserKnownHostsFile=false&";

    private static final String INBOX =
            SERVER
                    // stepwise=false: a file is fetched by its whole path, never by a name
                    // that Camel cut at a backslash (see InboxName)
                    + "recursive=true&stepwise=false"
                    + "&sortBy=file:modified&download=false&noop=true&idempotent=false"
                    + "&localWorkDirectory={{"
                    + SFTP_DOWNLOAD_DIR
                    + "}}&delay={{"
                    + SFTP_POLL_DELAY_MS
                    + "}}&throwExceptionOnConnectFailed=true"
                    + "&maximumReconnectAttempts=2&reconnectDelay={{"
                    + SFTP_RECONNECT_DELAY_MS
                    + "}}&backoffErrorThreshold="
                    + BACKOFF_AFTER_FAILED_POLLS
                    + "&backoffMultiplier="
                    + BACKOFF_SKIPPED_POLLS;

    /** Receipts are uploaded under a dot-name, then renamed. */
    private static final String OUTBOX =
            SERVER + "fileExist=Override&tempFileName=.${file:onlyname}.part";

    private final SftpSettings settings;
    private final FileIntake intake;
    // from the Camel properties, when the route is configured
    private long maxBytes;
    private Retries retries;
    private final Set<String> linkedOutboxes = ConcurrentHashMap.newKeySet();

    /**
     * Folders found inside an inbox during a poll, by path: Camel never hands a folder on as a
     * file, so they are judged (refused unread) once the poll's files are done.
     */
    private final Map<String, GenericFile<SftpRemoteFile>> folders = new ConcurrentHashMap<>();

    /** The consumer's own connection, kept from its start (see {@link LockAndKeepOperations}). */
    private volatile GenericFileOperations<?> consumerOperations;

    private ProducerTemplate folderJudge;

    /**
     * @param settings the account's credentials and known hosts; the server, root and delays come
     *     from the Camel properties that {@link #properties} gives
     */
    public SftpInboxRoute(SftpSettings settings, FileIntake intake) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    /** The Camel properties of this channel: what CamelHost publishes, and tests too. */
    public static Map<String, String> properties(SftpSettings settings, Path workDir) {
        long delay = settings.pollDelay().toMillis();
        return Map.of(
                SFTP_HOST, settings.host(),
                SFTP_PORT, Integer.toString(settings.port()),
                SFTP_ROOT, settings.root().replaceFirst("^/+", ""),
                SFTP_POLL_DELAY_MS, Long.toString(delay),
                SFTP_RECONNECT_DELAY_MS, Long.toString(Math.min(delay, 5000)),
                SFTP_DOWNLOAD_DIR, workDir.toAbsolutePath().resolve("download").toString());
    }

    @Override
    public void configure() {
        maxBytes = longProperty(MAX_BYTES);
        long delay = longProperty(SFTP_POLL_DELAY_MS);
        retries = new Retries(LOG, Duration.ofMillis(delay), Duration.ofMillis(30 * delay));
        SftpEndpoint inbox = sftp(INBOX);
        inbox.setExclusiveReadLockStrategy(new LockAndKeepOperations());
        inbox.setFilter(this::descend);
        inbox.setPollStrategy(
                new RemoteFilePollingConsumerPollStrategy() {
                    @Override
                    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                        super.commit(consumer, endpoint, polledMessages);
                        judgeFolders();
                    }
                });
        SftpEndpoint outbox = sftp(OUTBOX);
        fileStaysOnFailure(retries);
        from(inbox).routeId(ROUTE_ID).to(JUDGE);
        from(JUDGE)
                .routeId("sftp-judge")
                .process(this::judge)
                .filter(exchangeProperty(DONE).isNotNull())
                .split(body())
                .stopOnException()
                .process(SftpInboxRoute::asUpload)
                .to(outbox)
                .end()
                .process(this::archive);
    }

    /**
     * Camel descends into the country and inbox folders only. A folder inside an inbox is noted to
     * be refused (never opened); the {@code .done} and {@code .error} archives are skipped.
     */
    private boolean descend(GenericFile<SftpRemoteFile> file) {
        if (!file.isDirectory()) {
            return InboxName.of(file).filter(n -> !InboxEntry.ignoredName(n.name())).isPresent();
        }
        String[] parts = file.getRelativeFilePath().split("/");
        if (parts.length < 3) {
            return true;
        }
        if (parts.length == 3
                && parts[1].equals("inbox")
                && CountryCode.isWellFormed(parts[0])
                && !InboxEntry.ignoredName(parts[2])) {
            folders.putIfAbsent(file.getAbsoluteFilePath(), file);
        }
        return false;
    }

    /** In the consumer's thread, after a poll: each folder found goes the way of a file. */
    private void judgeFolders() {
        GenericFileOperations<?> operations = consumerOperations;
        if (folders.isEmpty() || operations == null) {
            return;
        }
        if (folderJudge == null) {
            folderJudge = getContext().createProducerTemplate();
        }
        for (var folder : List.copyOf(folders.values())) {
            folders.remove(folder.getAbsoluteFilePath());
            Exchange exchange = new DefaultExchange(getContext());
            exchange.setProperty(FileComponent.FILE_EXCHANGE_FILE, folder);
            exchange.setProperty(OPERATIONS, operations);
            folderJudge.send(JUDGE, exchange);
        }
    }

    /** What a judged file needs to be archived once its receipts are written. */
    private record Done(ChannelFile delivered, Receipt receipt, String remotePath) {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void judge(Exchange exchange) {
        Message in = exchange.getIn();
        GenericFile file =
                exchange.getProperty(FileComponent.FILE_EXCHANGE_FILE, GenericFile.class);
        // <ISO3>/inbox/<file>, relative to the root: the country is the folder's
        Optional<InboxName> entry = InboxName.of(file);
        if (entry.isEmpty()) {
            return; // not a country inbox
        }
        String relative = entry.get().relative();
        exchange.setProperty(SOURCE, relative);
        CountryCode country = entry.get().country();
        String fileName = entry.get().name();
        SftpATTRS attrs =
                ((ChannelSftp.LsEntry) ((SftpRemoteFile<?>) file.getFile()).getRemoteFile())
                        .getAttrs();
        ChannelFile delivered =
                new ChannelFile(
                        fileName,
                        country,
                        Channel.SFTP,
                        relative,
                        attrs.getSize(),
                        attrs.getMTime() * 1000L);
        if (!retries.due(relative, Instant.now())) {
            return;
        }
        GenericFileOperations operations =
                exchange.getProperty(OPERATIONS, GenericFileOperations.class);
        String remote = entry.get().absolute();
        if (!outboxIsAFolder(operations, remote, country)) {
            return;
        }
        InboxEntry kind =
                attrs.isLink()
                        ? InboxEntry.SYMBOLIC_LINK
                        : attrs.isDir()
                                ? InboxEntry.DIRECTORY
                                : attrs.isReg() ? InboxEntry.REGULAR_FILE : InboxEntry.OTHER;
        Receipt receipt;
        try {
            if (!intake.claim(delivered)) {
                return; // another node judges it (docs/adr/0015)
            }
            if (kind != InboxEntry.REGULAR_FILE) {
                receipt =
                        intake.refuse(
                                delivered,
                                ProblemCode.FILE_NOT_REGULAR,
                                fileName,
                                new Detail(kind.description()));
            } else if (attrs.getSize() > maxBytes) {
                receipt = intake.refuse(delivered, ProblemCode.FILE_TOO_LARGE, maxBytes);
            } else {
                receipt = judgeDownloaded(operations, exchange, remote, delivered);
            }
        } catch (RuntimeException e) {
            retries.failed(relative, "judging", e, Instant.now());
            return;
        }
        exchange.setProperty(DONE, new Done(delivered, receipt, remote));
        exchange.setProperty(STAGE, "writing the receipts");
        String receipts =
                country.iso3()
                        + "/outbox/"
                        + ArchiveNames.receiptBase(InboxName.asCamelCarriesIt(fileName));
        in.setBody(
                List.of(
                        new Upload(
                                receipts + ArchiveNames.RECEIPT_JSON,
                                SubmissionJson.detail(receipt).json()),
                        new Upload(receipts + ArchiveNames.RECEIPT_TEXT, ReceiptText.of(receipt))));
    }

    @SuppressWarnings("rawtypes")
    private Receipt judgeDownloaded(
            GenericFileOperations operations,
            Exchange exchange,
            String remote,
            ChannelFile delivered) {
        if (!operations.retrieveFile(InboxName.forJsch(remote), exchange, delivered.size())) {
            throw new IllegalStateException("could not download " + SafeText.escape(remote));
        }
        Path local =
                Path.of(
                        exchange.getIn()
                                .getHeader(FileConstants.FILE_LOCAL_WORK_PATH, String.class));
        try {
            if (Files.size(local) > maxBytes) { // it grew after it was listed
                return intake.refuse(delivered, ProblemCode.FILE_TOO_LARGE, maxBytes);
            }
            return intake.intake(delivered, local);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(local);
            } catch (IOException e) {
                LOG.warning(() -> "cannot delete the work file " + local + ": " + e);
            }
        }
    }

    /** Receipts are written through the outbox: one that is a link would send them elsewhere. */
    @SuppressWarnings("rawtypes")
    private boolean outboxIsAFolder(
            GenericFileOperations operations, String remote, CountryCode country) {
        String countryDir = remote.substring(0, remote.lastIndexOf("/inbox/"));
        for (Object o : operations.listFiles(countryDir)) {
            ChannelSftp.LsEntry entry =
                    (ChannelSftp.LsEntry) ((SftpRemoteFile<?>) o).getRemoteFile();
            if (entry.getFilename().equals("outbox")) {
                boolean folder = entry.getAttrs().isDir() && !entry.getAttrs().isLink();
                if (!folder && linkedOutboxes.add(country.iso3())) {
                    LOG.severe(
                            () ->
                                    country.iso3()
                                            + "/outbox on the SFTP server is not a folder (a"
                                            + " link?): its files wait until it is one");
                } else if (folder) {
                    linkedOutboxes.remove(country.iso3());
                }
                return folder;
            }
        }
        return true; // the receipt upload creates it
    }

    /** After both receipts: the file (a link itself, never its target) moves out of the inbox. */
    @SuppressWarnings("rawtypes")
    private void archive(Exchange exchange) {
        Done done = exchange.getProperty(DONE, Done.class);
        GenericFileOperations operations =
                exchange.getProperty(OPERATIONS, GenericFileOperations.class);
        String inbox = done.remotePath().substring(0, done.remotePath().lastIndexOf('/'));
        String folder =
                inbox
                        + (done.receipt().status() == SubmissionStatus.REJECTED
                                ? "/.error"
                                : "/.done");
        try {
            operations.buildDirectory(folder, folder.startsWith("/"));
            // Camel makes a backslash of the target a separator: the archived name has none
            if (!operations.renameFile(
                    InboxName.forJsch(done.remotePath()),
                    folder
                            + "/"
                            + ArchiveNames.archived(
                                    InboxName.asCamelCarriesIt(done.delivered().fileName()),
                                    Instant.now()))) {
                throw new IllegalStateException("the SFTP server refused the move");
            }
            intake.archived(done.delivered().key(Optional.ofNullable(done.receipt().sha256())));
        } catch (RuntimeException e) {
            retries.failed(
                    done.delivered().source(), "archiving the judged file", e, Instant.now());
            return;
        }
        retries.succeeded(done.delivered().source());
    }

    /**
     * Camel's own "changed" read lock, which also hands the route the consumer's connection: the
     * route downloads and moves through it, in the consumer's thread.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final class LockAndKeepOperations implements GenericFileExclusiveReadLockStrategy {
        private final SftpChangedExclusiveReadLockStrategy lock =
                new SftpChangedExclusiveReadLockStrategy();

        LockAndKeepOperations() {
            lock.setCheckInterval(READ_LOCK_CHECK_INTERVAL_MS);
            lock.setMinAge(READ_LOCK_MIN_AGE_MS);
            lock.setTimeout(READ_LOCK_TIMEOUT_MS);
            lock.setMinLength(0); // an empty file is judged (NO_DATA_ROWS), not ignored
        }

        @Override
        public void prepareOnStartup(GenericFileOperations operations, GenericFileEndpoint endpoint)
                throws Exception {
            consumerOperations = operations;
            lock.prepareOnStartup(operations, endpoint);
        }

        @Override
        public boolean acquireExclusiveReadLock(
                GenericFileOperations operations, GenericFile file, Exchange exchange)
                throws Exception {
            exchange.setProperty(OPERATIONS, operations);
            Optional<InboxName> name = InboxName.of(file);
            // Camel's lock looks the file up by a name cut at a backslash, JSch by a pattern
            boolean ownLookUp =
                    name.isPresent()
                            && !name.get()
                                    .name()
                                    .equals(InboxName.asCamelCarriesIt(name.get().name()));
            try {
                return ownLookUp
                        ? unchanged(operations, name.get())
                        : lock.acquireExclusiveReadLock(operations, file, exchange);
            } catch (GenericFileOperationFailedException e) {
                // Another node took the file while its folder was listed (the server may then
                // fail the listing): the file is that node's, passed over in silence. Any other
                // failure is Camel's to report, and the file is tried again at a later poll.
                if (name.isPresent() && attributes(operations, name.get()) == null) {
                    return false;
                }
                throw e;
            }
        }

        /**
         * Camel's "changed" rule by the entry's own name: the same size and time at two listings a
         * check interval apart, and at least the minimum age; false when the file is gone or still
         * changing at the time-out (it is tried again at a later poll).
         */
        @SuppressWarnings("rawtypes")
        private boolean unchanged(GenericFileOperations operations, InboxName name)
                throws InterruptedException {
            long deadline = System.currentTimeMillis() + READ_LOCK_TIMEOUT_MS;
            SftpATTRS before = null;
            while (System.currentTimeMillis() < deadline) {
                SftpATTRS now = attributes(operations, name);
                if (now == null) {
                    return false;
                }
                boolean oldEnough =
                        System.currentTimeMillis() - now.getMTime() * 1000L >= READ_LOCK_MIN_AGE_MS;
                if (before != null
                        && before.getSize() == now.getSize()
                        && before.getMTime() == now.getMTime()
                        && oldEnough) {
                    return true;
                }
                before = now;
                Thread.sleep(READ_LOCK_CHECK_INTERVAL_MS);
            }
            return false;
        }

        /** The entry's attributes from a listing of its folder, by its own name; null if gone. */
        @SuppressWarnings("rawtypes")
        private SftpATTRS attributes(GenericFileOperations operations, InboxName name) {
            String folder =
                    name.absolute().substring(0, name.absolute().length() - name.name().length());
            SftpATTRS found = null;
            for (Object o : operations.listFiles(InboxName.forJsch(folder))) {
                ChannelSftp.LsEntry e =
                        (ChannelSftp.LsEntry) ((SftpRemoteFile<?>) o).getRemoteFile();
                if (e.getFilename().equals(name.name())) {
                    found = e.getAttrs();
                }
            }
            return found;
        }

        @Override
        public void releaseExclusiveReadLockOnAbort(
                GenericFileOperations operations, GenericFile file, Exchange exchange)
                throws Exception {
            lock.releaseExclusiveReadLockOnAbort(operations, file, exchange);
        }

        @Override
        public void releaseExclusiveReadLockOnRollback(
                GenericFileOperations operations, GenericFile file, Exchange exchange)
                throws Exception {
            lock.releaseExclusiveReadLockOnRollback(operations, file, exchange);
        }

        @Override
        public void releaseExclusiveReadLockOnCommit(
                GenericFileOperations operations, GenericFile file, Exchange exchange)
                throws Exception {
            lock.releaseExclusiveReadLockOnCommit(operations, file, exchange);
        }

        @Override
        public void setTimeout(long timeout) {
            lock.setTimeout(timeout);
        }

        @Override
        public void setCheckInterval(long checkInterval) {
            lock.setCheckInterval(checkInterval);
        }

        @Override
        public void setReadLockLoggingLevel(LoggingLevel level) {
            lock.setReadLockLoggingLevel(level);
        }

        @Override
        public void setMarkerFiler(boolean markerFile) {
            lock.setMarkerFiler(markerFile);
        }

        @Override
        public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
            lock.setDeleteOrphanLockFiles(deleteOrphanLockFiles);
        }
    }

    /** A split part knows nothing of the inbox file: only the receipt's name and text. */
    private static void asUpload(Exchange exchange) {
        Upload upload = exchange.getIn().getBody(Upload.class);
        Message message = exchange.getIn();
        message.removeHeaders("*");
        message.setHeader(FileConstants.FILE_NAME, upload.path());
        message.setBody(upload.content().getBytes(StandardCharsets.UTF_8));
    }

    private SftpEndpoint sftp(String uri) {
        SftpEndpoint endpoint = getContext().getEndpoint(uri, SftpEndpoint.class);
        // credentials and files are set here, never in the URI, so no log shows them
        SftpConfiguration config = endpoint.getConfiguration();
        // camel-ftp strips the leading slashes of a URI's path (it takes every path as relative to
        // the login directory): an absolute root is set on the configuration instead
        if (settings.root().startsWith("/")) {
            config.setDirectory(settings.root());
        }
        config.setUsername(settings.user());
        settings.password().ifPresent(config::setPassword);
        settings.privateKeyFile().ifPresent(key -> config.setPrivateKeyFile(key.toString()));
        config.setKnownHostsFile(settings.knownHostsFile().toString());
        return endpoint;
    }

    private record Upload(String path, String content) {}
}
