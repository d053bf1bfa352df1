package org.thbhub.submission;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.format.DateTimeFormatter;
import org.thbhub.reference.CountryCode;

/**
 * The submission JSON of design.md section 6, the same in every API answer and every receipt: a
 * JSON-B record, written by the API's JSON-B provider and, for the outbox, by {@link #json()}. An
 * absent optional member is left out; {@code country} and {@code sha256} are always there, null
 * when there is none (a file refused unread has no hash). A summary (lists) has no report.
 */
@JsonbPropertyOrder({
    "id",
    "status",
    "channel",
    "country",
    "fileName",
    "sha256",
    "receivedAt",
    "uploader",
    "mode",
    "format",
    "duplicateOf",
    "dryRun",
    "node",
    "counts",
    "report"
})
public record SubmissionJson(
        String id,
        String status,
        String channel,
        @JsonbNillable String country,
        String fileName,
        @JsonbNillable String sha256,
        String receivedAt,
        String uploader,
        String mode,
        String format,
        String duplicateOf,
        Boolean dryRun,
        String node,
        CountsJson counts,
        JsonObject report) {

    /** Thread-safe, and costly to build (a provider look-up, fresh caches): one for the class. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @JsonbPropertyOrder({"rows", "observations", "errors", "warnings"})
    public record CountsJson(long rows, long observations, long errors, long warnings) {}

    public static SubmissionJson detail(Receipt r) {
        return of(r, r.report());
    }

    public static SubmissionJson summary(Receipt r) {
        return of(r, null);
    }

    private static SubmissionJson of(Receipt r, JsonObject report) {
        Submission.Counts c = r.counts();
        return new SubmissionJson(
                r.id().toString(),
                r.status().name(),
                r.channel().name(),
                r.country().map(CountryCode::iso3).orElse(null),
                r.fileName(),
                r.sha256(),
                DateTimeFormatter.ISO_INSTANT.format(r.receivedAt()),
                r.uploader(),
                r.mode(),
                r.format().orElse(null),
                r.duplicateOf().map(SubmissionId::toString).orElse(null),
                r.dryRun() ? Boolean.TRUE : null,
                r.node().orElse(null),
                new CountsJson(c.rows(), c.observations(), c.errors(), c.warnings()),
                report);
    }

    /** The JSON text, as the outbox's {@code .receipt.json} holds it. */
    public String json() {
        return JSONB.toJson(this);
    }
}
