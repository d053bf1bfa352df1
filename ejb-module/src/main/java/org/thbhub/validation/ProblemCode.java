package org.thbhub.validation;

import static org.thbhub.validation.Severity.ERROR;
import static org.thbhub.validation.Severity.WARNING;

import java.util.Locale;
import org.thbhub.common.SafeText;

/**
 * Every problem THB Hub reports about a file. The names are a contract (receipts, the API, tests
 * and docs/validation-codes.md rely on them): add codes, never rename one.
 */
public enum ProblemCode {
    // the file as a whole
    FILE_TOO_LARGE(ERROR, "The file is larger than the %s bytes accepted."),
    FILE_NOT_REGULAR(ERROR, "'%s' is %s, not a regular file; it was not read and was moved aside."),
    ENCODING_INVALID(ERROR, "The line is not valid UTF-8 (%s); save the file as UTF-8."),
    NO_DATA_ROWS(ERROR, "The file has no data row."),
    // CSV structure
    HEADER_MISSING(ERROR, "The first line must be the header row (%s)."),
    SEPARATOR_UNKNOWN(ERROR, "The header is separated neither by ',' nor by ';'."),
    COLUMN_UNKNOWN(ERROR, "Unknown column '%s'."),
    COLUMN_DUPLICATE(ERROR, "The column '%s' appears more than once."),
    COLUMN_REQUIRED_MISSING(ERROR, "The column '%s' is required for %s."),
    ROW_RAGGED(ERROR, "The row has %s fields, the header has %s."),
    QUOTE_UNCLOSED(ERROR, "A quoted field opened on this line is never closed."),
    LINE_TOO_LONG(
            ERROR, "The line is longer than %s characters; the rest of the file was not read."),
    FIELD_TOO_LONG(
            ERROR, "A field is longer than %s characters; the rest of the file was not read."),
    FORMAT_NOT_ALLOWED(ERROR, "%s files may only be imported by an analyst."),
    STRUCTURE_UNKNOWN(
            ERROR, "Unknown structure '%s'; expected THB:THB_STAT(1.0) or THB:THB_POLICY(1.0)."),
    // SDMX-ML
    XML_DTD_FORBIDDEN(ERROR, "The XML declares a DTD; DTDs and entities are not accepted."),
    XML_TOO_DEEP(ERROR, "The XML nests elements deeper than %s levels."),
    XML_TOO_MANY_ATTRIBUTES(ERROR, "An XML element has %s attributes, more than the %s accepted."),
    XML_MALFORMED(ERROR, "The XML is not well-formed: %s"),
    // XLSX
    XLSX_UNSAFE(ERROR, "The workbook is unsafe to open (%s)."),
    XLSX_TOO_LARGE(ERROR, "The workbook is too large (%s)."),
    XLSX_SHEET_MISSING(ERROR, "The workbook has no sheet '%s'."),
    XLSX_CELL_OUT_OF_RANGE(
            ERROR,
            "The cell reference '%s' lies beyond Excel's last column XFD or last row 1048576."),
    // a row
    ACTION_UNKNOWN(ERROR, "Unknown ACTION '%s'; expected I, A, R or D."),
    VALUE_MISSING(ERROR, "%s is empty."),
    CODE_UNKNOWN(ERROR, "'%s' is not a code of %s."),
    YEAR_OUT_OF_RANGE(ERROR, "The year %s is outside %s to %s."),
    YEAR_INVALID(ERROR, "'%s' is not a year (expected four digits, e.g. 2023)."),
    VALUE_NOT_A_COUNT(ERROR, "'%s' is not a count (a whole number, 0 or more)."),
    VALUE_SUPPRESSED_WITH_NUMBER(
            WARNING,
            "The value %s is given although CONF_STATUS %s says the source suppressed it."),
    COUNTRY_MISMATCH(ERROR, "The row is for %s, but this file may only report for %s."),
    VALUE_TOO_LONG(ERROR, "%s has %s characters, more than the %s accepted ('%s')."),
    CONTROL_CHARACTER(ERROR, "%s contains the control character %s ('%s')."),
    URL_NOT_HTTP(ERROR, "%s must be an http:// or https:// address, not '%s'."),
    // the file's rows together
    DUPLICATE_KEY(WARNING, "The same key and value already appear on %s; this row is ignored."),
    CONFLICTING_DUPLICATE(
            ERROR,
            "The key %s also appears on %s with a different value; all rows of this key are"
                    + " refused."),
    PARTS_EXCEED_TOTAL(ERROR, "The %s parts of %s add up to %s, more than the total %s."),
    PARTS_BELOW_TOTAL(
            WARNING, "All %s parts of %s are given and add up to %s, less than the total %s."),
    NON_ADDITIVE_PART_EXCEEDS_TOTAL(
            WARNING, "The %s part %s = %s is more than the total %s given on %s."),
    YEAR_ON_YEAR_JUMP(WARNING, "%s: %s in %s, %s in %s; a change of more than fivefold."),
    // the UNODC GLOTIP import
    UNODC_COUNTRY_MISSING(ERROR, "The row has no ISO3 country code (country '%s')."),
    UNODC_CATEGORY_UNMAPPED(ERROR, "%s '%s' has no THB Hub code."),
    UNODC_COUNTRY_SKIPPED(WARNING, "%s rows of %s countries outside the OSCE were skipped."),
    UNODC_BREAKDOWN_SKIPPED(
            WARNING, "%s rows broken down %s were skipped: THB Hub has no such dimension.");

    private final Severity severity;
    private final String template;

    ProblemCode(Severity severity, String template) {
        this.severity = severity;
        this.template = template;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    public String template() {
        return template;
    }

    /**
     * The plain-language message with its blanks filled in; a text quoted from the file is cut to a
     * short prefix and its control characters escaped ({@link SafeText#quote}).
     */
    public String message(Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof String text ? SafeText.quote(text) : args[i];
        }
        return String.format(Locale.ROOT, template, safe);
    }
}
