package org.thbhub.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A composed report, ready for any {@link ReportFormat}: every number in it is already decided
 * (suppressed, flagged, formatted), so the writers only lay it out.
 */
public record ReportDocument(
        String title,
        String subtitle,
        List<String> filters,
        Instant asOf,
        Instant generatedAt,
        String howToRead,
        String legend,
        String source,
        List<ReportSection> sections) {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        filters = List.copyOf(filters);
        sections = List.copyOf(sections);
    }

    /** The as-of time as every page footer prints it. */
    public String asOfText() {
        return UTC.format(asOf);
    }

    public String generatedAtText() {
        return UTC.format(generatedAt);
    }
}
