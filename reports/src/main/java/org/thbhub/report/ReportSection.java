package org.thbhub.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report: a headline stating the finding, charts drawn side by side, the tables
 * behind them, and the note printed under them (source, flags, thresholds).
 */
public record ReportSection(
        String id,
        String title,
        String headline,
        List<ChartSpec> charts,
        List<ReportTable> tables,
        String note) {

    public ReportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headline, "headline");
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        note = note == null ? "" : note;
        if (tables.isEmpty()) {
            throw new IllegalArgumentException(id + ": a section shows the table behind it");
        }
    }
}
