package org.thbhub.ingest.pipeline;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.ejb3.annotation.TransactionTimeout;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.ingest.format.FormatDetector;
import org.thbhub.ingest.format.InputFormat;
import org.thbhub.ingest.format.ReadLimits;
import org.thbhub.ingest.format.SubmissionFileReader;
import org.thbhub.observation.ObservationStager;
import org.thbhub.reference.CodeListSnapshot;
import org.thbhub.reference.CountryCode;
import org.thbhub.reference.ReferenceData;
import org.thbhub.release.Releases;
import org.thbhub.submission.IncomingFile;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReportJson;
import org.thbhub.submission.Submission;
import org.thbhub.submission.SubmissionId;
import org.thbhub.submission.SubmissionLedger;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.ImportMode;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationOutcome;
import org.thbhub.validation.ValidationReport;

/**
 * The one pipeline every channel ends in: read -> validate -> store -> receipt, in ONE transaction
 * per file. Rows are streamed from the reader through the validator into staging as they come
 * (memory does not grow with the file); the whole-file verdict then either applies the staged rows
 * as new vintages or discards them. A rejected file keeps only its submission record, its bytes and
 * its report.
 */
@Stateless
public class SubmissionPipeline {

    private static final Logger LOG = Logger.getLogger(SubmissionPipeline.class.getName());

    private final Clock clock = Clock.systemUTC();

    @EJB SubmissionLedger ledger;
    @EJB ReferenceData reference;
    @EJB AuditLog audit;
    @EJB Releases releases;

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "THB_MAX_UPLOAD_BYTES", defaultValue = "52428800")
    long maxUploadBytes;

    /** Judges one file. A million rows take tens of seconds, so the timeout is generous. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @TransactionTimeout(value = 60, unit = TimeUnit.MINUTES)
    public Receipt judge(IncomingFile in) {
        Optional<Submission> judgedBefore =
                in.delivery().flatMap(d -> ledger.judgedDelivery(d.key()));
        if (judgedBefore.isPresent()) {
            // committed, but the file never left the inbox (a crash, a failed move): replay
            LOG.info(
                    () ->
                            "%s was judged before as submission %s: its receipts and move are retried"
                                    .formatted(
                                            in.delivery().get().source(), judgedBefore.get().id()));
            return Receipt.of(judgedBefore.get());
        }
        Instant now = Instant.now(clock);
        SubmissionId id = SubmissionId.random();
        InputFormat format = detect(in.file());
        SubmissionFileReader reader = reader(in);
        boolean unodc = isUnodc(reader, in.file());
        // A duplicate only of what this sender could have sent: the same country's accepted
        // files (or any, for an analyst), and never a file the sender may not send at all.
        if (!in.dryRun() && (!unodc || in.analyst())) {
            Optional<SubmissionId> original =
                    ledger.acceptedWithSameBytes(in.sha256(), in.country());
            if (original.isPresent()) {
                return duplicate(in, id, original.get(), now);
            }
        }
        ImportMode mode = unodc ? ImportMode.LENIENT : in.mode();
        Submission submission =
                new Submission(
                        id,
                        in.country().orElse(null),
                        in.channel(),
                        mode,
                        in.fileName(),
                        in.mediaType(),
                        in.sha256(),
                        in.size(),
                        in.uploader(),
                        now);
        submission.describe(unodc ? "UNODC_GLOTIP" : format.name(), null);
        if (!in.dryRun()) {
            ledger.register(submission, Optional.of(in.file()), in.delivery());
        }

        ValidationReport report = new ValidationReport();
        CodeListSnapshot codes = reference.codeListSnapshot();
        ValidationContext context =
                unodc
                        ? ValidationContext.anyCountry(ImportKind.UNODC_BASELINE, clock)
                        : in.country()
                                .map(c -> ValidationContext.national(c, clock))
                                .orElseGet(
                                        () ->
                                                ValidationContext.anyCountry(
                                                        ImportKind.NATIONAL, clock));
        Set<CountryCode> reporting = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ObservationStager stager = new ObservationStager(connection, id.value())) {
            var validator =
                    new SubmissionValidator(
                            codes,
                            context,
                            report,
                            o -> {
                                reporting.add(o.key().refArea());
                                if (!in.dryRun()) {
                                    stage(stager, o);
                                }
                            },
                            p -> {
                                reporting.add(p.refArea());
                                if (!in.dryRun()) {
                                    stage(stager, p);
                                }
                            });
            if (unodc && !in.analyst()) {
                report.add(
                        ProblemCode.FORMAT_NOT_ALLOWED,
                        org.thbhub.ingest.SourcePosition.none(),
                        null,
                        "UNODC GLOTIP");
            } else {
                reader.read(in.file(), validator, report);
            }
            ValidationOutcome outcome = validator.finish();
            boolean refusedFormat = unodc && !in.analyst();
            boolean accepted =
                    !refusedFormat
                            && mode.accepts(outcome)
                            && (mode == ImportMode.LENIENT || !report.hasErrors());
            String reportJson =
                    ReportJson.of(report.snapshot(), submission.format().orElse(null)).toString();
            long rows = (long) outcome.observationRows() + outcome.policyRows();
            if (reporting.size() == 1 && in.country().isEmpty() && !unodc) {
                submission.attributeTo(reporting.iterator().next());
            }
            if (in.dryRun()) {
                submission.reject(
                        new Submission.Counts(
                                rows,
                                accepted ? outcome.rowsToStore() : 0,
                                report.errorCount(),
                                report.warningCount()),
                        reportJson,
                        now);
                return Receipt.of(submission)
                        .asDryRun(accepted ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED);
            }
            if (accepted) {
                var applied = stager.apply(outcome, now);
                releases.dataAccepted(id, in.uploader(), now);
                submission.accept(
                        new Submission.Counts(
                                rows,
                                applied.observations() + applied.policies(),
                                report.errorCount(),
                                report.warningCount()),
                        reportJson,
                        now);
            } else {
                stager.discard();
                submission.reject(
                        new Submission.Counts(rows, 0, report.errorCount(), report.warningCount()),
                        reportJson,
                        now);
            }
            LOG.fine(
                    () ->
                            "whole-file checks of %s held %d bytes"
                                    .formatted(id, validator.wholeFileCheckBytes()));
        } catch (SQLException e) {
            throw new IllegalStateException("storing submission " + id + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                in.uploader(),
                AuditAction.SUBMISSION,
                "submission " + id + " (" + in.fileName() + ", sha256 " + in.sha256() + ")",
                submission.status() == SubmissionStatus.ACCEPTED
                        ? AuditOutcome.SUCCESS
                        : AuditOutcome.FAILURE,
                in.channel() + " " + submission.status() + ", " + submission.counts());
        return Receipt.of(submission);
    }

    private Receipt duplicate(
            IncomingFile in, SubmissionId id, SubmissionId original, Instant now) {
        Submission submission =
                new Submission(
                        id,
                        in.country().orElse(ledger.find(original).country().orElse(null)),
                        in.channel(),
                        in.mode(),
                        in.fileName(),
                        in.mediaType(),
                        in.sha256(),
                        in.size(),
                        in.uploader(),
                        now);
        submission.markDuplicateOf(original, ReportJson.duplicate(original).toString(), now);
        ledger.register(submission, Optional.empty(), in.delivery());
        audit.record(
                in.uploader(),
                AuditAction.SUBMISSION,
                "submission " + id + " (" + in.fileName() + ", sha256 " + in.sha256() + ")",
                AuditOutcome.SUCCESS,
                in.channel() + " DUPLICATE of " + original);
        return Receipt.of(submission);
    }

    private SubmissionFileReader reader(IncomingFile in) {
        Set<CountryCode> osce = new HashSet<>(reference.codeListSnapshot().countries());
        return new SubmissionFileReader(
                ReadLimits.defaults().withMaxFileBytes(Math.max(maxUploadBytes, in.size())), osce);
    }

    private static boolean isUnodc(SubmissionFileReader reader, Path file) {
        try {
            return reader.isUnodcExport(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputFormat detect(Path file) {
        try {
            return FormatDetector.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stage(ObservationStager stager, org.thbhub.ingest.Observation o) {
        try {
            stager.stage(o);
        } catch (SQLException e) {
            throw new IllegalStateException("staging failed", e);
        }
    }

    private static void stage(ObservationStager stager, org.thbhub.ingest.PolicyObservation p) {
        try {
            stager.stage(p);
        } catch (SQLException e) {
            throw new IllegalStateException("staging failed", e);
        }
    }
}
