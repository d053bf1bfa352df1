package org.thbhub.submission;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * How a file was judged: the submission as every answer and receipt shows it. A dry run has a
 * receipt but no stored submission ({@code dryRun} true, status what it would have been).
 */
public record Receipt(
        SubmissionId id,
        SubmissionStatus status,
        Channel channel,
        Optional<CountryCode> country,
        String fileName,
        String sha256,
        Instant receivedAt,
        String uploader,
        Optional<String> format,
        String mode,
        Optional<SubmissionId> duplicateOf,
        Submission.Counts counts,
        JsonObject report,
        boolean dryRun) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(report, "report");
    }

    public static Receipt of(Submission s) {
        return new Receipt(
                s.id(),
                s.status(),
                s.channel(),
                s.country(),
                s.fileName(),
                s.sha256(),
                s.receivedAt(),
                s.uploader(),
                s.format(),
                s.mode().name(),
                s.duplicateOf(),
                s.counts(),
                s.reportJson()
                        .map(json -> Json.createReader(new StringReader(json)).readObject())
                        .orElse(JsonObject.EMPTY_JSON_OBJECT),
                false);
    }

    public Receipt asDryRun(SubmissionStatus wouldBe) {
        return new Receipt(
                id,
                wouldBe,
                channel,
                country,
                fileName,
                sha256,
                receivedAt,
                uploader,
                format,
                mode,
                duplicateOf,
                counts,
                report,
                true);
    }
}
