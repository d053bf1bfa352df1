package org.thbhub.ingest;

import java.util.Map;

/**
 * Where a row came from: the physical line of a text file (from 1), or a sheet row of a workbook,
 * whose cells are found through the sheet's column letters.
 *
 * @param line physical line, counting from 1, or null for a workbook or the file as a whole
 * @param sheet sheet name, or null for a text file
 * @param sheetRow 1-based row number in the sheet, or null
 * @param columnLetters column letter of each field of the sheet ("OBS_VALUE" to "I"); shared by all
 *     rows of a sheet
 */
public record SourcePosition(
        Integer line, String sheet, Integer sheetRow, Map<String, String> columnLetters) {

    private static final SourcePosition NONE = new SourcePosition(null, null, null, Map.of());

    public SourcePosition {
        columnLetters = columnLetters == null ? Map.of() : columnLetters;
    }

    public static SourcePosition line(int line) {
        return new SourcePosition(line, null, null, Map.of());
    }

    public static SourcePosition sheetRow(
            String sheet, int row, Map<String, String> columnLetters) {
        return new SourcePosition(null, sheet, row, columnLetters);
    }

    /** A single cell, e.g. {@code ("Data", "C7")}, for problems not tied to a row's field. */
    public static SourcePosition cell(String sheet, String cellRef) {
        int i = 0;
        while (i < cellRef.length() && Character.isLetter(cellRef.charAt(i))) {
            i++;
        }
        return new SourcePosition(
                null,
                sheet,
                Integer.parseInt(cellRef.substring(i)),
                Map.of("", cellRef.substring(0, i)));
    }

    /** The file as a whole (e.g. an empty file). */
    public static SourcePosition none() {
        return NONE;
    }

    public boolean inSheet() {
        return sheet != null;
    }

    /**
     * The same source at another line (a text file) or sheet row (a workbook, same sheet and
     * columns): where another row of the file is, known only by its number.
     */
    public SourcePosition atLine(int other) {
        return inSheet() ? sheetRow(sheet, other, columnLetters) : line(other);
    }

    /** "Data!I7" or "line 7": where a message about one row points at another. */
    public String describe(String field) {
        if (inSheet()) {
            return sheet + "!" + cell(field);
        }
        return line == null ? "another row" : "line " + line;
    }

    /** The cell of a field in this row ("C7"), the row's first cell if the field has no column. */
    public String cell(String field) {
        if (sheetRow == null) {
            return null;
        }
        String letters = columnLetters.get(field == null ? "" : field);
        if (letters == null) {
            letters = columnLetters.getOrDefault("", "A");
        }
        return letters + sheetRow;
    }
}
