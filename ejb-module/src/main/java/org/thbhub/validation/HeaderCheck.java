package org.thbhub.validation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.ingest.Structure;

/**
 * Checks the header of an SDMX-CSV file or of a template sheet: every column known, none twice, and
 * which structures the file can carry with the columns it has.
 */
public final class HeaderCheck {

    /** SDMX-CSV 2.0 columns naming the structure of each row. */
    public static final String STRUCTURE = "STRUCTURE";

    public static final String STRUCTURE_ID = "STRUCTURE_ID";
    public static final String ACTION = "ACTION";

    /** SDMX-CSV 1.0 column naming the dataflow of each row. */
    public static final String DATAFLOW = "DATAFLOW";

    private HeaderCheck() {}

    /**
     * The header's columns by name (upper case) with their index, and the structures whose required
     * columns are all present.
     */
    public record Header(Map<String, Integer> index, Set<Structure> complete) {
        public Header {
            index = Collections.unmodifiableMap(new HashMap<>(index));
            complete = Collections.unmodifiableSet(EnumSet.copyOf(complete));
        }

        public boolean has(String column) {
            return index.containsKey(column);
        }

        /** The column's index, or empty when the file does not have it. */
        public Optional<Integer> indexOf(String column) {
            return Optional.ofNullable(index.get(column));
        }

        /** SDMX-CSV 1.0 names the dataflow in a DATAFLOW column; 2.0 in STRUCTURE_ID. */
        public boolean isSdmxCsv1() {
            return has(DATAFLOW) && !has(STRUCTURE_ID);
        }

        public List<String> missingFor(Structure s) {
            return s.requiredColumns().stream().filter(c -> !has(c)).toList();
        }
    }

    /**
     * Checks a header.
     *
     * @param structureColumns whether the file must name the structure of each row (SDMX-CSV: yes;
     *     a template sheet, whose structure is the sheet's, no)
     * @param fixed for a template sheet: its one structure; null for SDMX-CSV
     */
    public static Header check(
            List<String> columns,
            boolean structureColumns,
            Structure fixed,
            SourcePosition where,
            ValidationReport report) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty() && i == columns.size() - 1) {
                continue; // a trailing separator after the last column: spreadsheets write it
            }
            if (!isKnown(name, structureColumns, fixed)) {
                report.add(ProblemCode.COLUMN_UNKNOWN, where, name, columns.get(i).strip());
            } else if (index.putIfAbsent(name, i) != null) {
                report.add(ProblemCode.COLUMN_DUPLICATE, where, name, name);
            }
        }
        if (structureColumns
                && !index.containsKey(DATAFLOW)
                && !(index.containsKey(STRUCTURE) && index.containsKey(STRUCTURE_ID))) {
            String missing = index.containsKey(STRUCTURE) ? STRUCTURE_ID : STRUCTURE;
            report.add(
                    ProblemCode.COLUMN_REQUIRED_MISSING,
                    where,
                    missing,
                    missing,
                    "SDMX-CSV (or DATAFLOW for SDMX-CSV 1.0)");
        }
        Set<Structure> complete = EnumSet.noneOf(Structure.class);
        Set<Structure> candidates =
                fixed == null ? EnumSet.allOf(Structure.class) : EnumSet.of(fixed);
        for (Structure s : candidates) {
            if (s.requiredColumns().stream().allMatch(index::containsKey)) {
                complete.add(s);
            }
        }
        Header header = new Header(index, complete);
        if (complete.isEmpty()) {
            // report the structure the file most looks like, so the message names real columns
            Structure likely = fixed != null ? fixed : likelyStructure(index);
            for (String c : header.missingFor(likely)) {
                report.add(ProblemCode.COLUMN_REQUIRED_MISSING, where, c, c, likely.name());
            }
        }
        return header;
    }

    private static Structure likelyStructure(Map<String, Integer> index) {
        return index.containsKey("POLICY_ITEM") || index.containsKey("STATUS")
                ? Structure.THB_POLICY
                : Structure.THB_STAT;
    }

    private static boolean isKnown(String name, boolean structureColumns, Structure fixed) {
        if (name.equals(ACTION)) {
            return true;
        }
        if (structureColumns
                && (name.equals(STRUCTURE) || name.equals(STRUCTURE_ID) || name.equals(DATAFLOW))) {
            return true;
        }
        if (fixed != null) {
            return fixed.columns().contains(name);
        }
        for (Structure s : Structure.values()) {
            if (s.columns().contains(name)) {
                return true;
            }
        }
        return false;
    }
}
