package org.thbhub.report;

import java.util.List;
import java.util.Objects;

/**
 * A table as printed: a header for the row labels, column headers, and rows of values.
 *
 * @param layout {@link Layout#GRID} for narrow cells of marks or statuses (coverage, building
 *     blocks), {@link Layout#NUMBERS} otherwise
 */
public record ReportTable(
        String title, String rowHeader, List<String> columns, List<Row> rows, Layout layout) {

    /** How the PDF lays a table out. */
    public enum Layout {
        NUMBERS,
        GRID
    }

    /** One row; a total row is printed in bold. */
    public record Row(String label, boolean total, List<ReportValue> values) {
        public Row {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    public ReportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException(
                        title
                                + ": row "
                                + row.label()
                                + " has "
                                + row.values().size()
                                + " values for "
                                + columns.size()
                                + " columns");
            }
        }
    }

    public ReportTable(String title, String rowHeader, List<String> columns, List<Row> rows) {
        this(title, rowHeader, columns, rows, Layout.NUMBERS);
    }
}
