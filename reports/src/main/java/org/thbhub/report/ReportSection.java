package org.thbhub.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report: a headline stating the finding, charts drawn side by side, the tables
 * behind them, and the note printed under them (source, flags, thresholds). A section without data
 * has neither chart nor table: its headline is the one sentence that says so and what would fill
 * it.
 *
 * @param comparisons what the headline compares, year with year (empty when it states no change)
 */
public record ReportSection(
        String id,
        String title,
        String headline,
        List<ChartSpec> charts,
        List<ReportTable> tables,
        String note,
        List<Comparison> comparisons) {

    public ReportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headline, "headline");
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        note = note == null ? "" : note;
        comparisons = List.copyOf(comparisons);
    }

    public ReportSection(
            String id,
            String title,
            String headline,
            List<ChartSpec> charts,
            List<ReportTable> tables,
            String note) {
        this(id, title, headline, charts, tables, note, List.of());
    }

    /** A section without data: its sentence, nothing drawn. */
    public static ReportSection empty(String id, String title, String sentence, String note) {
        return new ReportSection(id, title, sentence, List.of(), List.of(), note, List.of());
    }

    /** Nothing to show (what {@link Sections#finish} makes of a section without data). */
    public boolean isEmpty() {
        return tables.isEmpty() && charts.isEmpty();
    }
}
