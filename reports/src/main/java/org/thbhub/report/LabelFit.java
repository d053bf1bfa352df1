package org.thbhub.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the labels of a composed document fit the PDF's table cells in two lines: measured with
 * the font the PDF embeds (DejaVu Sans), in the widths of {@code thb-report.jrxml} (kept in step
 * with it here). Used by the tests over both languages; a label that needs three lines is a label
 * to shorten (a short label with its key) or a column to widen.
 */
public final class LabelFit {

    /** Widths in points of the text inside the cells (the cell minus its padding). */
    static final double ROW_LABEL = 118;

    /** Column headers of year tables are 6 pt with 1 pt of padding, for region names. */
    static final double NUMBER_COLUMN = 47;

    static final double WIDE_COLUMN = 55;
    static final double GRID_ROW_LABEL = 128;
    static final double GRID_COLUMN = 59;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private LabelFit() {}

    /** "table: label (n lines)" for every label or text cell that needs more than two lines. */
    public static List<String> overflowing(ReportDocument document) {
        List<String> found = new ArrayList<>();
        for (ReportSection section : document.sections()) {
            for (ReportTable table : section.tables()) {
                String layout = PdfReportWriter.layout(table);
                boolean grid = layout.equals("GRID");
                float size = grid ? 5.5f : 6.5f;
                double column =
                        grid ? GRID_COLUMN : layout.equals("WIDE") ? WIDE_COLUMN : NUMBER_COLUMN;
                double rowLabel = grid ? GRID_ROW_LABEL : ROW_LABEL;
                check(found, table, table.rowHeader(), rowLabel, size, true);
                float headerSize = layout.equals("NUMBERS") ? 6f : size;
                for (String header : table.columns()) {
                    check(found, table, header, column, headerSize, true);
                }
                for (ReportTable.Row row : table.rows()) {
                    check(found, table, row.label(), rowLabel, size, row.total());
                    if (!grid) {
                        for (ReportValue value : row.values()) {
                            if (value.kind() == ReportValue.Kind.TEXT) {
                                check(found, table, value.text(), column, size, row.total());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void check(
            List<String> found,
            ReportTable table,
            String text,
            double width,
            float size,
            boolean bold) {
        int lines = lines(text, width, size, bold);
        if (lines > 2) {
            found.add(table.title() + ": " + text + " (" + lines + " lines)");
        }
    }

    /** The lines a text takes when wrapped at spaces; a word too wide for a line counts as 3. */
    static int lines(String text, double width, float size, boolean bold) {
        Font font = new Font("DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        int lines = 1;
        double used = 0;
        double space = font.getStringBounds(" ", CONTEXT).getWidth();
        for (String word : text.split(" ")) {
            double w = font.getStringBounds(word, CONTEXT).getWidth();
            if (used > 0 && used + space + w <= width) {
                used += space + w;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            if (w > width) {
                // a word wider than its cell is broken inside: as bad as a third line
                return Math.max(3, lines + 1);
            }
            used = w;
        }
        return lines;
    }
}
