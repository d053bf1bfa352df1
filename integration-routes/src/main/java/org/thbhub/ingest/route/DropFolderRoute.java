package org.thbhub.ingest.route;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.thbhub.common.SafeText;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.validation.Detail;
import org.thbhub.validation.ProblemCode;

/**
 * The local drop folder (design.md section 8): one consumer over every {@code <ISO3>/inbox}. Camel
 * lists and read-locks (a file is left alone while it changes; {@code .part}, {@code .tmp} and
 * dot-files until renamed); the route judges, writes both receipts into {@code <ISO3>/outbox} and
 * moves the file itself to {@code .done/} or {@code .error/} under a time-stamp prefix.
 *
 * <p>Only regular files are opened. Before each poll the inboxes are swept: a symbolic link,
 * directory, FIFO or device, and a file above the size limit, is refused unread (a REJECTED receipt
 * with its code, the entry moved to {@code .error/}, the link itself and never its target). A
 * country, inbox or outbox folder that is itself a link is never polled. A technical failure
 * (database, disk) leaves the file in the inbox, tried again with growing pauses ({@link Retries});
 * a delivery judged but not archived is replayed, never judged twice (docs/adr/0008). Several nodes
 * may poll the same folder: a file is claimed through the database before it is read, and a file
 * another node holds is passed over in silence (docs/adr/0015).
 */
public class DropFolderRoute extends InboxRouteBuilder {

    public static final String ROUTE_ID = "drop-folder-inbox";

    private static final Logger LOG = Logger.getLogger(DropFolderRoute.class.getName());

    /** Placeholders: {@link #DROP_ROOT} and {@link #DROP_POLL_DELAY_MS} (see CamelHost). */
    private static final String INBOX =
            "file:{{"
                    + DROP_ROOT
                    + "}}?recursive=true&noop=true&idempotent=false"
                    + "&readLock=changed&readLockMarkerFile=false"
                    + "&readLockCheckInterval=500&readLockMinAge=1000&readLockTimeout=60000"
                    + "&delay={{"
                    + DROP_POLL_DELAY_MS
                    + "}}";

    private final FileIntake intake;
    private final ReceiptWriter receipts = new ReceiptWriter();
    // from the Camel properties, when the route is configured
    private Path root;
    private long maxBytes;
    private Retries retries;
    private final Set<Path> linkedFolders = ConcurrentHashMap.newKeySet();

    /** The folder and the limits come from the Camel properties {@link #DROP_ROOT} and others. */
    public DropFolderRoute(FileIntake intake) {
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public void configure() {
        root = Path.of(textProperty(DROP_ROOT)).toAbsolutePath();
        maxBytes = longProperty(MAX_BYTES);
        long pollDelayMs = longProperty(DROP_POLL_DELAY_MS);
        retries =
                new Retries(
                        LOG,
                        Duration.ofMillis(pollDelayMs),
                        Duration.ofMillis(Math.max(1000, 30 * pollDelayMs)));
        fileStaysOnFailure(retries);
        // noop: the route moves files itself, so a failure never sends a file anywhere
        FileEndpoint inbox = endpoint(INBOX, FileEndpoint.class);
        inbox.setFilter(this::accept);
        inbox.setPollStrategy(
                new DefaultPollingConsumerPollStrategy() {
                    @Override
                    public boolean begin(Consumer consumer, Endpoint endpoint) {
                        sweep();
                        return true;
                    }
                });
        from(inbox).routeId(ROUTE_ID).process(this::deliver);
    }

    /** Camel descends only into real country and inbox folders and hands on regular files. */
    private boolean accept(GenericFile<File> file) {
        Path path = file.getFile().toPath().toAbsolutePath();
        Path relative = root.relativize(path);
        return switch (relative.getNameCount()) {
            case 1 -> file.isDirectory() && pollable(path);
            case 2 -> file.isDirectory() && relative.getFileName().toString().equals("inbox");
            case 3 ->
                    !file.isDirectory()
                            && !InboxEntry.ignoredName(relative.getFileName().toString())
                            && InboxEntry.of(path).orElse(null) == InboxEntry.REGULAR_FILE
                            && retries.due(source(path), Instant.now());
            default -> false;
        };
    }

    /** A country folder whose own inbox and outbox are real folders, not links elsewhere. */
    private boolean pollable(Path country) {
        if (!CountryCode.isWellFormed(country.getFileName().toString())) {
            return false;
        }
        for (Path folder :
                new Path[] {country, country.resolve("inbox"), country.resolve("outbox")}) {
            InboxEntry kind = InboxEntry.of(folder).orElse(null);
            if (kind == InboxEntry.SYMBOLIC_LINK
                    || (kind != null && kind != InboxEntry.DIRECTORY)) {
                if (linkedFolders.add(folder)) {
                    LOG.severe(
                            () ->
                                    SafeText.escape(folder.toString())
                                            + " is "
                                            + kind.description()
                                            + ", not a folder: the country is not polled until it"
                                            + " is replaced by a real folder");
                }
                return false;
            }
            if (kind == null && !folder.equals(country.resolve("outbox"))) {
                return false;
            }
        }
        linkedFolders.remove(country);
        return true;
    }

    /** Refuses, unread, every entry of an inbox that is not a regular file or is too large. */
    private void sweep() {
        try (DirectoryStream<Path> countries = Files.newDirectoryStream(root)) {
            for (Path country : countries) {
                if (InboxEntry.of(country).orElse(null) != InboxEntry.DIRECTORY
                        || !pollable(country)) {
                    continue;
                }
                try (DirectoryStream<Path> entries =
                        Files.newDirectoryStream(country.resolve("inbox"))) {
                    for (Path entry : entries) {
                        sweep(entry);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "cannot list the drop folder " + root + ": " + e);
        }
    }

    private void sweep(Path entry) {
        String name = entry.getFileName().toString();
        Optional<InboxEntry> kind = InboxEntry.of(entry);
        if (InboxEntry.ignoredName(name) || kind.isEmpty()) {
            return;
        }
        if (kind.get() != InboxEntry.REGULAR_FILE) {
            refuse(entry, ProblemCode.FILE_NOT_REGULAR, name, new Detail(kind.get().description()));
        } else if (size(entry) > maxBytes) {
            refuse(entry, ProblemCode.FILE_TOO_LARGE, maxBytes);
        }
    }

    private void deliver(Exchange exchange) {
        Path file = exchange.getIn().getBody(File.class).toPath().toAbsolutePath();
        exchange.setProperty(SOURCE, source(file));
        InboxEntry kind = InboxEntry.of(file).orElse(null);
        if (kind == null) {
            return; // gone meanwhile
        }
        if (kind != InboxEntry.REGULAR_FILE) { // replaced after it was listed
            refuse(
                    file,
                    ProblemCode.FILE_NOT_REGULAR,
                    file.getFileName().toString(),
                    new Detail(kind.description()));
            return;
        }
        if (size(file) > maxBytes) {
            refuse(file, ProblemCode.FILE_TOO_LARGE, maxBytes);
            return;
        }
        ChannelFile delivered = describe(file);
        Receipt receipt;
        try {
            if (!intake.claim(delivered)) {
                return; // another node judges it
            }
            receipt = intake.intake(delivered, file);
        } catch (RuntimeException e) {
            retries.failed(delivered.source(), "judging", e, Instant.now());
            return;
        }
        finish(file, delivered, receipt);
    }

    private void refuse(Path entry, ProblemCode reason, Object... detail) {
        ChannelFile delivered = describe(entry);
        if (!retries.due(delivered.source(), Instant.now())) {
            return;
        }
        Receipt receipt;
        try {
            if (!intake.claim(delivered)) {
                return; // another node refuses it
            }
            receipt = intake.refuse(delivered, reason, detail);
        } catch (RuntimeException e) {
            retries.failed(delivered.source(), "recording a refused entry", e, Instant.now());
            return;
        }
        finish(entry, delivered, receipt);
    }

    /** Receipts first, then the move (of a link: the link itself), then the delivery is done. */
    private void finish(Path file, ChannelFile delivered, Receipt receipt) {
        Path inbox = file.getParent();
        String folder = receipt.status() == SubmissionStatus.REJECTED ? ".error" : ".done";
        DeliveryKey key = delivered.key(Optional.ofNullable(receipt.sha256()));
        try {
            receipts.write(inbox.resolveSibling("outbox"), delivered.fileName(), receipt);
            Path archive = inbox.resolve(folder);
            Files.createDirectories(archive);
            Files.move(
                    file,
                    archive.resolve(ArchiveNames.archived(delivered.fileName(), Instant.now())),
                    LinkOption.NOFOLLOW_LINKS);
            intake.archived(key);
        } catch (IOException | RuntimeException e) {
            retries.failed(delivered.source(), "archiving the judged file", e, Instant.now());
            return;
        }
        retries.succeeded(delivered.source());
    }

    /** {@code <root>/<ISO3>/inbox/<file>}: the country is the folder's. */
    private ChannelFile describe(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChannelFile(
                file.getFileName().toString(),
                CountryCode.of(file.getParent().getParent().getFileName().toString()),
                Channel.DROP,
                source(file),
                a.size(),
                a.lastModifiedTime().toMillis());
    }

    private String source(Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static long size(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .size();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Exposed for tests: files waiting for their next try after a technical failure. */
    int failing() {
        return retries.failing();
    }
}
