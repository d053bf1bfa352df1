package org.thbhub.report;

import java.time.Instant;
import java.util.Objects;

/** A State's submission as its country profile lists it. */
public record SubmissionSummary(
        String id,
        Instant receivedAt,
        String channel,
        String status,
        String fileName,
        int observations,
        int errors,
        int warnings) {
    public SubmissionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
    }
}
