package org.thbhub.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Secondary (complementary) suppression over a table of parts and their totals, column by column.
 *
 * <p>Where exactly one cell of a column (its parts and its total) is suppressed and every other
 * part is given, it could be worked out: a part as the total minus the others, a total as the sum
 * of its parts. A column with a part not given reveals nothing (the missing part is unknown). One
 * more cell is suppressed: the smallest printable part, or the total itself when no part can be. A
 * total that leaves out suppressed parts (because it was summed from the printable ones, see {@link
 * Cell#sumOfPrintable}) reveals nothing and is marked {@link Cell#partial() partial} instead.
 */
public final class SecondarySuppression {

    private SecondarySuppression() {}

    /**
     * Parts and totals of a table: {@code parts.get(row).get(column)}, {@code totals.get(column)}.
     * A total whose {@link Cell#partial()} is set is known to leave its suppressed parts out.
     */
    public record PartsTable(List<List<Cell>> parts, List<Cell> totals) {
        public PartsTable {
            Objects.requireNonNull(totals, "totals");
            parts = parts.stream().map(List::copyOf).toList();
            totals = List.copyOf(totals);
            for (List<Cell> row : parts) {
                if (row.size() != totals.size()) {
                    throw new IllegalArgumentException(
                            "every row of parts needs one cell per total column");
                }
            }
        }

        public Cell part(int row, int column) {
            return parts.get(row).get(column);
        }
    }

    /** The protected table; the input is left as it is. */
    public static PartsTable protect(PartsTable table) {
        List<List<Cell>> parts = new ArrayList<>();
        for (List<Cell> row : table.parts()) {
            parts.add(new ArrayList<>(row));
        }
        List<Cell> totals = new ArrayList<>(table.totals());
        for (int col = 0; col < totals.size(); col++) {
            protectColumn(parts, totals, col);
        }
        return new PartsTable(parts, totals);
    }

    private static void protectColumn(List<List<Cell>> parts, List<Cell> totals, int col) {
        int suppressed = 0;
        for (List<Cell> row : parts) {
            if (row.get(col).isSuppressed()) {
                suppressed++;
            }
        }
        if (parts.size() < 2) {
            // a single part is not a breakdown: the total also holds the parts never reported
            return;
        }
        for (List<Cell> row : parts) {
            if (row.get(col).isMissing()) {
                // a part not given is unknown, not zero: nothing can be worked out by subtraction
                return;
            }
        }
        Cell total = totals.get(col);
        if (total.isMissing() || total.partial()) {
            // no total, or one that leaves the suppressed parts out: nothing to subtract from
            return;
        }
        if (total.isSuppressed()) {
            suppressed++;
        }
        if (suppressed != 1) {
            // none hidden, or two or more: subtraction or addition gives only their sum
            return;
        }
        int smallest = -1;
        for (int row = 0; row < parts.size(); row++) {
            Cell candidate = parts.get(row).get(col);
            if (candidate.isPrintable()
                    && (smallest < 0 || candidate.value() < parts.get(smallest).get(col).value())) {
                smallest = row;
            }
        }
        if (smallest >= 0) {
            List<Cell> row = parts.get(smallest);
            row.set(col, row.get(col).withSecondarySuppression());
        } else if (!total.isSuppressed()) {
            totals.set(col, total.withSecondarySuppression());
        }
    }

    /**
     * Marks each total that was summed over printable parts only: partial where one of its parts is
     * suppressed.
     */
    public static PartsTable flagPartialTotals(PartsTable table) {
        List<Cell> totals = new ArrayList<>(table.totals());
        for (int col = 0; col < totals.size(); col++) {
            for (List<Cell> row : table.parts()) {
                if (row.get(col).isSuppressed() && totals.get(col).isPrintable()) {
                    totals.set(col, totals.get(col).asPartial());
                    break;
                }
            }
        }
        return new PartsTable(table.parts(), totals);
    }
}
