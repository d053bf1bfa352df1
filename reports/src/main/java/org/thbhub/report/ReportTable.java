package org.thbhub.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as printed: a header for the row labels, column headers, rows of values, and a line under
 * it (what was left out for want of data, the key to shortened labels).
 *
 * @param layout {@link Layout#GRID} for narrow cells of marks or statuses (coverage, building
 *     blocks), {@link Layout#NUMBERS} otherwise
 * @param note printed under the table; empty for none
 */
public record ReportTable(
        String title,
        String rowHeader,
        List<String> columns,
        List<Row> rows,
        Layout layout,
        String note) {

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

        /** Nothing in it but "not reported". */
        boolean isEmpty() {
            return values.stream().allMatch(v -> v.kind() == ReportValue.Kind.MISSING);
        }
    }

    public ReportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        note = note == null ? "" : note;
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

    public ReportTable(
            String title, String rowHeader, List<String> columns, List<Row> rows, Layout layout) {
        this(title, rowHeader, columns, rows, layout, "");
    }

    public ReportTable(String title, String rowHeader, List<String> columns, List<Row> rows) {
        this(title, rowHeader, columns, rows, Layout.NUMBERS, "");
    }

    public ReportTable withNote(String line) {
        if (line == null || line.isEmpty()) {
            return this;
        }
        return new ReportTable(
                title, rowHeader, columns, rows, layout, note.isEmpty() ? line : note + " " + line);
    }

    /**
     * The table without its rows and columns that hold nothing but "not reported", and a line
     * naming them. A total row is left out with the rest when it is empty.
     */
    public ReportTable pruned(Texts texts) {
        List<Integer> keep = new ArrayList<>();
        List<String> droppedColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            final int col = c;
            boolean empty =
                    rows.stream()
                            .allMatch(r -> r.values().get(col).kind() == ReportValue.Kind.MISSING);
            if (empty && !rows.isEmpty()) {
                droppedColumns.add(columns.get(c));
            } else {
                keep.add(c);
            }
        }
        List<Row> kept = new ArrayList<>();
        List<String> droppedRows = new ArrayList<>();
        for (Row row : rows) {
            if (row.isEmpty()) {
                droppedRows.add(row.label());
            } else {
                kept.add(
                        new Row(
                                row.label(),
                                row.total(),
                                keep.stream().map(row.values()::get).toList()));
            }
        }
        if (droppedRows.isEmpty() && droppedColumns.isEmpty()) {
            return this;
        }
        List<String> parts = new ArrayList<>();
        if (!droppedRows.isEmpty()) {
            parts.add(texts.list(droppedRows));
        }
        if (!droppedColumns.isEmpty()) {
            parts.add(texts.list(compactYears(droppedColumns, texts)));
        }
        String line = texts.get("table.leftOut", String.join("; ", parts));
        ReportTable result =
                new ReportTable(
                        title,
                        rowHeader,
                        keep.stream().map(columns::get).toList(),
                        kept.isEmpty() || keep.isEmpty() ? List.of() : kept,
                        layout,
                        note);
        return result.withNote(line);
    }

    /** Consecutive years as ranges: 2003, 2004, 2005, 2009 -> 2003–2005, 2009. */
    static List<String> compactYears(List<String> labels, Texts texts) {
        if (!labels.stream().allMatch(l -> l.matches("\\d{4}"))) {
            return labels;
        }
        List<String> out = new ArrayList<>();
        int start = Integer.parseInt(labels.get(0));
        int prev = start;
        for (int i = 1; i <= labels.size(); i++) {
            int year = i < labels.size() ? Integer.parseInt(labels.get(i)) : Integer.MIN_VALUE;
            if (year != prev + 1) {
                out.add(texts.range(start, prev));
                start = year;
            }
            prev = year;
        }
        return out;
    }

    public boolean isEmpty() {
        return rows.isEmpty() || columns.isEmpty();
    }
}
