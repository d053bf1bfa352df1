package org.thbhub.common.csv;

import java.io.Flushable;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV writer of THB Hub (observations, reports): RFC 4180, CRLF, quoted only where needed
 * (Commons CSV quotes and escapes). A free-text cell that a spreadsheet would read as a formula,
 * one beginning with {@code = + - @}, a tab or a carriage return, gets a leading {@code '} and is
 * quoted (OWASP "CSV injection"); codes and numbers, written as plain cells, never change. Free
 * text is marked by wrapping it: {@code csv.record("AUT", 5, SafeCsvWriter.text(comment))}.
 */
public final class SafeCsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A number as text ("-5", "+3.2%", "1,282"), which no spreadsheet runs as a formula. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9.,]*[a-z%*]*");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Appendable out;

    public SafeCsvWriter(Appendable out) {
        this.out = out;
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
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells[i];
            String text =
                    cell instanceof FreeText free
                            ? (free.text() == null ? "" : free.text())
                            : cell == null ? "" : cell.toString();
            String safe = cell instanceof FreeText ? neutralised(text) : text;
            if (!safe.equals(text)) {
                // neutralised: quoted as well, as OWASP advises, whatever else it holds
                out.append('"').append(safe.replace("\"", "\"\"")).append('"');
            } else if (needsQuotes(safe)) {
                out.append(FORMAT.format(safe)); // Commons CSV quotes and escapes it
            } else {
                out.append(safe);
            }
        }
        out.append("\r\n");
    }

    /** Commons CSV's own minimal rule, checked first so that plain cells cost nothing. */
    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) <= '#' || text.charAt(text.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
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
        if (out instanceof Flushable flushable) {
            flushable.flush();
        }
    }
}
