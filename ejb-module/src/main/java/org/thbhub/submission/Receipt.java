package org.thbhub.submission;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * How a file was judged: the submission as every answer and receipt shows it. A dry run has a
 * receipt but no stored submission ({@code dryRun} true, status what it would have been).
 *
 * @param node the node that judged it (THB_NODE_NAME), empty for files judged before nodes had
 *     names
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
        boolean dryRun,
        Optional<String> node) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(report, "report");
    }

    /**
     * One factory for the application: {@code Json.createReader} looks the JSON-P provider up (a
     * ServiceLoader scan) on every call.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public static Receipt of(Submission s) {
        return of(
                s,
                s.reportJson()
                        .map(json -> READERS.createReader(new StringReader(json)).readObject())
                        .orElse(JsonObject.EMPTY_JSON_OBJECT));
    }

    /**
     * The receipt as lists show it ({@link SubmissionJson#summary}): without its report, which
     * lists never show and which can hold thousands of problems, so it is not even parsed.
     */
    public static Receipt summaryOf(Submission s) {
        return of(s, JsonObject.EMPTY_JSON_OBJECT);
    }

    private static Receipt of(Submission s, JsonObject report) {
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
                report,
                false,
                s.node());
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
                true,
                node);
    }
}
