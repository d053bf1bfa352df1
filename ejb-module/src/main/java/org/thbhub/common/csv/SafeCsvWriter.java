package org.thbhub.common.csv;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of THB Hub (observations, reports): RFC 4180 through Commons CSV, CRLF, quoted
 * only where needed. A free-text cell that a spreadsheet would read as a formula, one beginning
 * with {@code = + - @}, a tab or a carriage return, gets a leading {@code '} (OWASP "CSV
 * injection"); codes and numbers, written as plain cells, never change. Free text is marked by
 * wrapping it: {@code csv.record("AUT", 5, SafeCsvWriter.text(comment))}.
 */
public final class SafeCsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A number as text ("-5", "+3.2%", "1,282"), which no spreadsheet runs as a formula. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9.,]*[a-z%*]*");

    private final CSVPrinter printer;

    public SafeCsvWriter(Appendable out) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get().print(out);
    }

    /** A cell of free text, neutralised when written. */
    public record FreeText(String text) {}

    public static FreeText text(String text) {
        return new FreeText(text);
    }

    /**
     * One record. A {@link FreeText} is neutralised; anything else (a code, a number) is written as
     * it is; null is an empty cell.
     */
    public void record(Object... cells) throws IOException {
        List<String> values = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            values.add(
                    cell instanceof FreeText free
                            ? neutralised(free.text())
                            : cell == null ? "" : cell.toString());
        }
        printer.printRecord(values);
    }

    /** A free text as a spreadsheet may safely read it. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean formula =
                FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER_LIKE.matcher(text).matches();
        return formula ? "'" + text : text;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
