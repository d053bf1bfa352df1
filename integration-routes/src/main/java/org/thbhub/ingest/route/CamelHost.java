package org.thbhub.ingest.route;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thbhub.ingest.pipeline.SubmissionPipeline;
import org.thbhub.ingest.pipeline.UnreadFile;
import org.thbhub.node.FileClaims;
import org.thbhub.node.NodeName;
import org.thbhub.reference.Country;
import org.thbhub.reference.ReferenceData;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.IncomingFile;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.SubmissionLedger;
import org.thbhub.validation.ImportMode;
import org.thbhub.validation.ProblemCode;

/**
 * Owns the Camel context (docs/adr/0001): built and started with the application, after the schema
 * migration, stopped with it. Camel carries the folder channels (drop folder, SFTP); their files
 * reach the pipeline through {@link #intake}, each delivery once. REST calls the pipeline itself.
 */
@Singleton
@LocalBean
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CamelHost implements FileIntake {

    private static final Logger LOG = Logger.getLogger(CamelHost.class.getName());

    @EJB SubmissionPipeline pipeline;
    @EJB SubmissionLedger ledger;
    @EJB ReferenceData reference;
    @EJB FileClaims claims;

    /** Renews the claim of a file while it is judged. */
    @Resource ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "THB_DROP_DIR")
    Optional<String> dropDir;

    @Inject
    @ConfigProperty(name = "thb.drop.poll.delay.ms", defaultValue = "2000")
    long dropPollDelayMs;

    /** One size limit on every channel (issue 8): the REST upload's. */
    @Inject
    @ConfigProperty(name = "THB_MAX_UPLOAD_BYTES", defaultValue = "52428800")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "THB_SFTP_ENABLED", defaultValue = "false")
    boolean sftpEnabled;

    @Inject
    @ConfigProperty(name = "THB_SFTP_HOST")
    Optional<String> sftpHost;

    @Inject
    @ConfigProperty(name = "THB_SFTP_PORT", defaultValue = "22")
    int sftpPort;

    @Inject
    @ConfigProperty(name = "THB_SFTP_USER")
    Optional<String> sftpUser;

    @Inject
    @ConfigProperty(name = "THB_SFTP_PASSWORD")
    Optional<String> sftpPassword;

    @Inject
    @ConfigProperty(name = "THB_SFTP_PRIVATE_KEY_FILE")
    Optional<String> sftpPrivateKeyFile;

    @Inject
    @ConfigProperty(name = "THB_SFTP_KNOWN_HOSTS_FILE")
    Optional<String> sftpKnownHostsFile;

    @Inject
    @ConfigProperty(name = "THB_SFTP_ROOT")
    Optional<String> sftpRoot;

    @Inject
    @ConfigProperty(name = "THB_SFTP_POLL_DELAY_MS", defaultValue = "10000")
    long sftpPollDelayMs;

    private CamelContext camel;

    @PostConstruct
    void start() {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("thb-hub");
        Path drop = dropRoot();
        prepareDropFolders(drop);
        Optional<SftpSettings> sftp = sftpEnabled ? Optional.of(sftpSettings()) : Optional.empty();
        // the routes' settings, as the Camel properties their endpoint URIs name
        Properties settings = new Properties();
        settings.setProperty(InboxRouteBuilder.DROP_ROOT, drop.toAbsolutePath().toString());
        settings.setProperty(InboxRouteBuilder.DROP_POLL_DELAY_MS, Long.toString(dropPollDelayMs));
        settings.setProperty(InboxRouteBuilder.MAX_BYTES, Long.toString(maxUploadBytes));
        sftp.ifPresent(
                s -> settings.putAll(SftpInboxRoute.properties(s, dataDir().resolve("thb-sftp"))));
        camel.getPropertiesComponent().setInitialProperties(settings);
        try {
            camel.addRoutes(new DropFolderRoute(this));
            if (sftp.isPresent()) {
                camel.addRoutes(new SftpInboxRoute(sftp.get(), this));
            }
        } catch (Exception e) {
            throw new IllegalStateException("the Camel routes could not be built", e);
        }
        camel.start();
        LOG.info(
                () ->
                        "Camel started on node "
                                + NodeName.current()
                                + "; drop folder "
                                + drop
                                + sftp.map(s -> "; SFTP " + s).orElse(""));
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    /** Judged by the pipeline in its own transaction, which also marks the delivery judged. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt intake(ChannelFile file, Path localCopy) {
        long size;
        try {
            size = Files.size(localCopy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = Sha256.of(localCopy);
        return whileClaimed(
                file,
                () ->
                        pipeline.judge(
                                new IncomingFile(
                                        localCopy,
                                        file.fileName(),
                                        null,
                                        file.channel(),
                                        uploader(file),
                                        Optional.of(file.country()),
                                        false,
                                        ImportMode.STRICT,
                                        false,
                                        sha256,
                                        size,
                                        Optional.of(file.delivery(Optional.of(sha256))))));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(ChannelFile file) {
        return claims.claim(claimKey(file), file.source());
    }

    /**
     * The claim is renewed while the file is judged (a million rows take longer than a lease), and
     * held for one more lease afterwards, so that a node that listed the file before it left the
     * inbox still skips it.
     */
    private Receipt whileClaimed(ChannelFile file, Supplier<Receipt> judging) {
        DeliveryKey key = claimKey(file);
        long every = Math.max(1, claims.lease().toMillis() / 3);
        ScheduledFuture<?> renewal =
                scheduler.scheduleAtFixedRate(
                        () -> {
                            try {
                                claims.renew(key);
                            } catch (RuntimeException e) {
                                LOG.warning(
                                        () -> file.source() + ": the claim was not renewed: " + e);
                            }
                        },
                        every,
                        every,
                        TimeUnit.MILLISECONDS);
        try {
            return judging.get();
        } finally {
            renewal.cancel(false);
            try {
                claims.release(key);
            } catch (RuntimeException e) {
                LOG.fine(() -> file.source() + ": the claim was not released: " + e);
            }
        }
    }

    /** The delivery key without the content hash: every node computes it from the listing. */
    private static DeliveryKey claimKey(ChannelFile file) {
        return file.key(Optional.empty());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt refuse(ChannelFile file, ProblemCode reason, Object... detail) {
        return whileClaimed(
                file,
                () ->
                        pipeline.refuseUnread(
                                new UnreadFile(
                                        file.fileName(),
                                        file.channel(),
                                        uploader(file),
                                        file.country(),
                                        file.size(),
                                        file.delivery(Optional.empty()),
                                        reason,
                                        detail)));
    }

    private static String uploader(ChannelFile file) {
        return file.channel().name().toLowerCase(java.util.Locale.ROOT)
                + ":"
                + file.country().iso3();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void archived(DeliveryKey key) {
        ledger.archived(key, Instant.now());
    }

    public Path dropRoot() {
        return Path.of(
                dropDir.filter(d -> !d.isBlank())
                        .orElseGet(
                                () ->
                                        System.getProperty("jboss.server.data.dir", ".")
                                                + "/thb-drop"));
    }

    /** Refuses to start (IllegalArgumentException) without a known_hosts file or credentials. */
    private SftpSettings sftpSettings() {
        return new SftpSettings(
                sftpHost.orElse(""),
                sftpPort,
                sftpUser.orElse(""),
                sftpPassword,
                sftpPrivateKeyFile.filter(f -> !f.isBlank()).map(Path::of),
                sftpKnownHostsFile.filter(f -> !f.isBlank()).map(Path::of).orElse(null),
                sftpRoot.orElse(""),
                Duration.ofMillis(sftpPollDelayMs));
    }

    private static Path dataDir() {
        return Path.of(System.getProperty("jboss.server.data.dir", "."));
    }

    /** Every participating State gets its inbox and outbox, so rapporteurs find them ready. */
    private void prepareDropFolders(Path root) {
        try {
            for (Country country : reference.countries()) {
                if (country.isParticipatingState()) {
                    Path dir = root.resolve(country.iso3().iso3());
                    Files.createDirectories(dir.resolve("inbox"));
                    Files.createDirectories(dir.resolve("outbox"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the drop folder " + root, e);
        }
    }
}
