package org.thbhub.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A composed report, ready for any {@link ReportFormat}: every number in it is already decided
 * (suppressed, flagged, formatted), so the writers only lay it out, in the language of its {@link
 * #texts()}.
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
        List<ReportSection> sections,
        Texts texts) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(texts, "texts");
        filters = List.copyOf(filters);
        sections = List.copyOf(sections);
    }

    /** The as-of time as every page footer prints it, in the report's language. */
    public String asOfText() {
        return texts.dateTime(asOf);
    }

    public String generatedAtText() {
        return texts.dateTime(generatedAt);
    }

    /** A word of the layout (headings of the title page, the footer) in the report's language. */
    public String word(String key, Object... args) {
        return texts.get(key, args);
    }
}
