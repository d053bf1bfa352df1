package org.thbhub.submission;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportMode;

/**
 * One file as it came in, and how it was judged. The aggregate guards its status: a submission is
 * received once and judged once (accepted, rejected or found a duplicate).
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id private UUID id;

    @Convert(converter = CountryCodeConverter.class)
    @Column(name = "country_iso3")
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    private String format;
    private String structure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportMode mode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    /** Null for a file refused unread: its bytes were never read. */
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String uploader;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "judged_at")
    private Instant judgedAt;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(name = "rows_read")
    private long rowsRead;

    private long observations;

    @Column(name = "error_count")
    private long errorCount;

    @Column(name = "warning_count")
    private long warningCount;

    /** The validation report as JSON, exactly as the receipt carries it. */
    private String report;

    /** The node that judged it (THB_NODE_NAME). */
    private String node;

    protected Submission() {}

    public Submission(
            SubmissionId id,
            CountryCode country,
            Channel channel,
            ImportMode mode,
            String fileName,
            String mediaType,
            String sha256,
            long sizeBytes,
            String uploader,
            Instant receivedAt) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.country = country;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        // kept as the database keeps it (microseconds), so that the receipt written at once and
        // the one read back later (GET /submissions/{id}/receipt.txt) say the same time
        this.receivedAt =
                Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
        this.status = SubmissionStatus.RECEIVED;
        this.node = org.thbhub.node.NodeName.current();
    }

    /** The node that judged it; empty for submissions judged before nodes were named. */
    public Optional<String> node() {
        return Optional.ofNullable(node);
    }

    private void judge(SubmissionStatus next, Instant at) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("submission " + id + " is " + status + ", not " + next);
        }
        status = next;
        judgedAt = Objects.requireNonNull(at, "at");
    }

    public void accept(Counts counts, String reportJson, Instant at) {
        judge(SubmissionStatus.ACCEPTED, at);
        record(counts, reportJson);
    }

    public void reject(Counts counts, String reportJson, Instant at) {
        judge(SubmissionStatus.REJECTED, at);
        record(counts, reportJson);
    }

    public void markDuplicateOf(SubmissionId original, String reportJson, Instant at) {
        judge(SubmissionStatus.DUPLICATE, at);
        duplicateOf = original.value();
        report = reportJson;
    }

    /** An analyst's national file names its country only in its rows: known once read. */
    public void attributeTo(CountryCode reportingCountry) {
        if (status.isFinal()) {
            throw new IllegalStateException("submission " + id + " is already " + status);
        }
        country = reportingCountry;
    }

    public void describe(String detectedFormat, String detectedStructure) {
        format = detectedFormat;
        structure = detectedStructure;
    }

    private void record(Counts counts, String reportJson) {
        rowsRead = counts.rows();
        observations = counts.observations();
        errorCount = counts.errors();
        warningCount = counts.warnings();
        report = reportJson;
    }

    /** Rows read, observations stored, errors and warnings found. */
    public record Counts(long rows, long observations, long errors, long warnings) {}

    public SubmissionId id() {
        return new SubmissionId(id);
    }

    public Optional<CountryCode> country() {
        return Optional.ofNullable(country);
    }

    public Channel channel() {
        return channel;
    }

    public SubmissionStatus status() {
        return status;
    }

    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    public Optional<String> structure() {
        return Optional.ofNullable(structure);
    }

    public ImportMode mode() {
        return mode;
    }

    public String fileName() {
        return fileName;
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** Lower-case hex; null for a file refused unread. */
    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String uploader() {
        return uploader;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> judgedAt() {
        return Optional.ofNullable(judgedAt);
    }

    public Optional<SubmissionId> duplicateOf() {
        return Optional.ofNullable(duplicateOf).map(SubmissionId::new);
    }

    public Counts counts() {
        return new Counts(rowsRead, observations, errorCount, warningCount);
    }

    public Optional<String> reportJson() {
        return Optional.ofNullable(report);
    }

    @Converter
    public static class CountryCodeConverter implements AttributeConverter<CountryCode, String> {
        @Override
        public String convertToDatabaseColumn(CountryCode code) {
            return code == null ? null : code.iso3();
        }

        @Override
        public CountryCode convertToEntityAttribute(String text) {
            return text == null ? null : CountryCode.of(text);
        }
    }
}
