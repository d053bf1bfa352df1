package org.thbhub.web.submission;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.thbhub.submission.Submission;

/**
 * A submission as every answer and receipt shows it (design.md section 6). The summary of a list
 * leaves the report out; the detail carries it whole.
 */
public record SubmissionDto(
        String id,
        String status,
        String channel,
        String country,
        String fileName,
        String sha256,
        Instant receivedAt,
        String uploader,
        String format,
        String mode,
        String duplicateOf,
        CountsDto counts,
        JsonObject report) {

    public record CountsDto(long rows, long observations, long errors, long warnings) {}

    public static SubmissionDto summary(Submission s) {
        return of(s, null);
    }

    public static SubmissionDto detail(Submission s) {
        return of(
                s,
                s.reportJson()
                        .map(json -> Json.createReader(new StringReader(json)).readObject())
                        .orElse(JsonObject.EMPTY_JSON_OBJECT));
    }

    private static SubmissionDto of(Submission s, JsonObject report) {
        var counts = s.counts();
        return new SubmissionDto(
                s.id().toString(),
                s.status().name(),
                s.channel().name(),
                s.country().map(Object::toString).orElse(null),
                s.fileName(),
                s.sha256(),
                s.receivedAt(),
                s.uploader(),
                s.format().orElse(null),
                s.mode().name(),
                s.duplicateOf().map(Object::toString).orElse(null),
                new CountsDto(
                        counts.rows(), counts.observations(), counts.errors(), counts.warnings()),
                report);
    }
}
