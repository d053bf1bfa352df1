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
import org.thbhub.common.SafeText;
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

    /**
     * Judges one file, in named stages: inspect it, prepare the code lists, read + validate + stage
     * its rows, decide, apply or discard, and answer its receipt. A million rows take tens of
     * seconds, so the timeout is generous.
     */
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
                                            SafeText.escape(in.delivery().get().source()),
                                            judgedBefore.get().id()));
            return Receipt.of(judgedBefore.get());
        }
        Instant now = Instant.now(clock);
        SubmissionId id = SubmissionId.random();
        Inspection inspected = inspect(in);
        Optional<SubmissionId> original = duplicateOf(in, inspected);
        if (original.isPresent()) {
            return duplicate(in, id, original.get(), now);
        }
        Submission submission = receive(in, id, inspected, now);
        Judging judging = prepareCodeLists(in, inspected);
        try (Connection connection = dataSource.getConnection();
                ObservationStager stager = new ObservationStager(connection, id.value())) {
            ValidationOutcome outcome = readValidateAndStage(in, inspected, judging, stager);
            Verdict verdict = decide(in, inspected, judging, outcome, submission);
            if (in.dryRun()) {
                return dryRun(in, submission, verdict, now);
            }
            applyOrDiscard(in, verdict, stager, submission, now);
        } catch (SQLException e) {
            throw new IllegalStateException("storing submission " + id + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return receipt(in, submission);
    }

    /** What the file is before a row is read. */
    private record Inspection(
            InputFormat format, SubmissionFileReader reader, boolean unodc, ImportMode mode) {

        /** The UNODC baseline is an analyst's import only. */
        boolean refused(IncomingFile in) {
            return unodc && !in.analyst();
        }
    }

    /** The reference data and the rules a file is judged against. */
    private record Judging(
            ValidationReport report,
            CodeListSnapshot codes,
            ValidationContext context,
            Set<CountryCode> reporting) {}

    /** The whole-file verdict. */
    private record Verdict(
            boolean accepted,
            String reportJson,
            long rows,
            ValidationOutcome outcome,
            ValidationReport report) {}

    /** Stage 1: the format, the reader, whether it is the UNODC export, the import mode. */
    private Inspection inspect(IncomingFile in) {
        InputFormat format = detect(in.file());
        SubmissionFileReader reader = reader(in);
        boolean unodc = isUnodc(reader, in.file());
        return new Inspection(format, reader, unodc, unodc ? ImportMode.LENIENT : in.mode());
    }

    /**
     * A duplicate only of what this sender could have sent: the same country's accepted files (or
     * any, for an analyst), and never a file the sender may not send at all.
     */
    private Optional<SubmissionId> duplicateOf(IncomingFile in, Inspection inspected) {
        if (in.dryRun() || inspected.refused(in)) {
            return Optional.empty();
        }
        return ledger.acceptedWithSameBytes(in.sha256(), in.country());
    }

    /** The submission record and its bytes, before anything is read (not for a dry run). */
    private Submission receive(
            IncomingFile in, SubmissionId id, Inspection inspected, Instant now) {
        Submission submission =
                new Submission(
                        id,
                        in.country().orElse(null),
                        in.channel(),
                        inspected.mode(),
                        in.fileName(),
                        in.mediaType(),
                        in.sha256(),
                        in.size(),
                        in.uploader(),
                        now);
        submission.describe(inspected.unodc() ? "UNODC_GLOTIP" : inspected.format().name(), null);
        if (!in.dryRun()) {
            ledger.register(submission, Optional.of(in.file()), in.delivery());
        }
        return submission;
    }

    /** Stage 2: the code lists and the context (national, any country, the UNODC baseline). */
    private Judging prepareCodeLists(IncomingFile in, Inspection inspected) {
        ValidationContext context =
                inspected.unodc()
                        ? ValidationContext.anyCountry(ImportKind.UNODC_BASELINE, clock)
                        : in.country()
                                .map(c -> ValidationContext.national(c, clock))
                                .orElseGet(
                                        () ->
                                                ValidationContext.anyCountry(
                                                        ImportKind.NATIONAL, clock));
        return new Judging(
                new ValidationReport(), reference.codeListSnapshot(), context, new HashSet<>());
    }

    /** Stage 3: rows streamed from the reader through the validator into staging. */
    private ValidationOutcome readValidateAndStage(
            IncomingFile in, Inspection inspected, Judging judging, ObservationStager stager)
            throws IOException {
        ValidationReport report = judging.report();
        var validator =
                new SubmissionValidator(
                        judging.codes(),
                        judging.context(),
                        report,
                        o -> {
                            judging.reporting().add(o.key().refArea());
                            if (!in.dryRun()) {
                                stage(stager, o);
                            }
                        },
                        p -> {
                            judging.reporting().add(p.refArea());
                            if (!in.dryRun()) {
                                stage(stager, p);
                            }
                        });
        if (inspected.refused(in)) {
            report.add(
                    ProblemCode.FORMAT_NOT_ALLOWED,
                    org.thbhub.ingest.SourcePosition.none(),
                    null,
                    "UNODC GLOTIP");
        } else {
            inspected.reader().read(in.file(), validator, report);
        }
        ValidationOutcome outcome = validator.finish();
        LOG.fine(
                () ->
                        "whole-file checks of %s held %d bytes"
                                .formatted(in.fileName(), validator.wholeFileCheckBytes()));
        return outcome;
    }

    /**
     * Stage 4: accepted or rejected as a whole; an analyst's file names its country by its rows.
     */
    private Verdict decide(
            IncomingFile in,
            Inspection inspected,
            Judging judging,
            ValidationOutcome outcome,
            Submission submission) {
        ValidationReport report = judging.report();
        ImportMode mode = inspected.mode();
        boolean accepted =
                !inspected.refused(in)
                        && mode.accepts(outcome)
                        && (mode == ImportMode.LENIENT || !report.hasErrors());
        String reportJson =
                ReportJson.of(report.snapshot(), submission.format().orElse(null)).json();
        long rows = (long) outcome.observationRows() + outcome.policyRows();
        if (judging.reporting().size() == 1 && in.country().isEmpty() && !inspected.unodc()) {
            submission.attributeTo(judging.reporting().iterator().next());
        }
        return new Verdict(accepted, reportJson, rows, outcome, report);
    }

    /** A dry run stores nothing: its receipt says what the status would be. */
    private Receipt dryRun(IncomingFile in, Submission submission, Verdict verdict, Instant now) {
        submission.reject(
                new Submission.Counts(
                        verdict.rows(),
                        verdict.accepted() ? verdict.outcome().rowsToStore() : 0,
                        verdict.report().errorCount(),
                        verdict.report().warningCount()),
                verdict.reportJson(),
                now);
        SubmissionStatus wouldBe =
                verdict.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        audit.record(
                in.uploader(),
                AuditAction.SUBMISSION,
                "dry run "
                        + submission.id()
                        + " ("
                        + SafeText.escape(in.fileName())
                        + ", sha256 "
                        + in.sha256()
                        + ")",
                verdict.accepted() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                in.channel() + " dry run, would be " + wouldBe + ", " + submission.counts());
        return Receipt.of(submission).asDryRun(wouldBe);
    }

    /** Stage 5: the staged rows become vintages, or are dropped; the record keeps the report. */
    private void applyOrDiscard(
            IncomingFile in,
            Verdict verdict,
            ObservationStager stager,
            Submission submission,
            Instant now)
            throws SQLException {
        ValidationReport report = verdict.report();
        if (verdict.accepted()) {
            var applied = stager.apply(verdict.outcome(), now);
            releases.dataAccepted(submission.id(), in.uploader(), now);
            submission.accept(
                    new Submission.Counts(
                            verdict.rows(),
                            applied.observations() + applied.policies(),
                            report.errorCount(),
                            report.warningCount()),
                    verdict.reportJson(),
                    now);
        } else {
            stager.discard();
            submission.reject(
                    new Submission.Counts(
                            verdict.rows(), 0, report.errorCount(), report.warningCount()),
                    verdict.reportJson(),
                    now);
        }
    }

    /** Stage 6: audited, and answered as every channel's receipt. */
    private Receipt receipt(IncomingFile in, Submission submission) {
        audit.record(
                in.uploader(),
                AuditAction.SUBMISSION,
                "submission "
                        + submission.id()
                        + " ("
                        + SafeText.escape(in.fileName())
                        + ", sha256 "
                        + in.sha256()
                        + ")",
                submission.status() == SubmissionStatus.ACCEPTED
                        ? AuditOutcome.SUCCESS
                        : AuditOutcome.FAILURE,
                in.channel() + " " + submission.status() + ", " + submission.counts());
        return Receipt.of(submission);
    }

    /**
     * Records a channel's file refused unread (docs/validation-codes.md, FILE_NOT_REGULAR and
     * FILE_TOO_LARGE): a REJECTED submission with its one problem and its delivery, no bytes.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt refuseUnread(UnreadFile file) {
        Optional<Submission> judgedBefore = ledger.judgedDelivery(file.delivery().key());
        if (judgedBefore.isPresent()) {
            return Receipt.of(judgedBefore.get());
        }
        Instant now = Instant.now(clock);
        Submission submission =
                new Submission(
                        SubmissionId.random(),
                        file.country(),
                        file.channel(),
                        ImportMode.STRICT,
                        file.fileName(),
                        null,
                        null,
                        file.size(),
                        file.uploader(),
                        now);
        ledger.register(submission, Optional.empty(), Optional.of(file.delivery()));
        ValidationReport report = new ValidationReport();
        report.add(file.reason(), org.thbhub.ingest.SourcePosition.none(), null, file.detail());
        submission.reject(
                new Submission.Counts(0, 0, report.errorCount(), report.warningCount()),
                ReportJson.of(report.snapshot(), null).json(),
                now);
        audit.record(
                file.uploader(),
                AuditAction.SUBMISSION,
                "submission "
                        + submission.id()
                        + " ("
                        + SafeText.escape(file.fileName())
                        + ", not read)",
                AuditOutcome.FAILURE,
                file.channel() + " REJECTED unread: " + file.reason());
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
        submission.markDuplicateOf(original, ReportJson.duplicate(original).json(), now);
        ledger.register(submission, Optional.empty(), in.delivery());
        audit.record(
                in.uploader(),
                AuditAction.SUBMISSION,
                "submission "
                        + id
                        + " ("
                        + SafeText.escape(in.fileName())
                        + ", sha256 "
                        + in.sha256()
                        + ")",
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
