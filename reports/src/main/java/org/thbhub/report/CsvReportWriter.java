package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as one tidy CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read it as UTF-8): one
 * line per table cell, the number plain and machine-readable, its marker beside it. Every text
 * field that a spreadsheet would read as a formula is neutralised (OWASP CSV injection).
 */
final class CsvReportWriter {

    static final List<String> HEADER =
            List.of("section", "table", "row", "column", "value", "marker", "text");

    void write(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, HEADER);
        line(writer, List.of("report", "", "title", "", "", "", document.title()));
        line(writer, List.of("report", "", "data as of", "", "", "", document.asOfText()));
        line(writer, List.of("report", "", "generated at", "", "", "", document.generatedAtText()));
        for (String filter : document.filters()) {
            line(writer, List.of("report", "", "filter", "", "", "", filter));
        }
        line(writer, List.of("report", "", "legend", "", "", "", document.legend()));
        for (ReportSection section : document.sections()) {
            line(writer, List.of(section.title(), "", "headline", "", "", "", section.headline()));
            line(writer, List.of(section.title(), "", "note", "", "", "", section.note()));
            for (ReportTable table : section.tables()) {
                for (ReportTable.Row row : table.rows()) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        ReportValue value = row.values().get(c);
                        line(
                                writer,
                                List.of(
                                        section.title(),
                                        table.title(),
                                        row.label(),
                                        table.columns().get(c),
                                        value.number() == null ? "" : plain(value),
                                        value.marker(),
                                        value.text(document.texts())));
                    }
                }
                if (!table.note().isEmpty()) {
                    line(
                            writer,
                            List.of(
                                    section.title(),
                                    table.title(),
                                    "note",
                                    "",
                                    "",
                                    "",
                                    table.note()));
                }
            }
        }
        writer.flush();
    }

    private static String plain(ReportValue value) {
        double n = value.number();
        return n == Math.rint(n) && value.kind() == ReportValue.Kind.COUNT
                ? Long.toString((long) n)
                : java.math.BigDecimal.valueOf(n)
                        .setScale(4, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * One field: a text starting with {@code = + - @}, tab or carriage return gets a leading single
     * quote and is quoted, so no spreadsheet evaluates it; fields with separators, quotes or line
     * breaks are quoted.
     */
    static String field(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean formula = "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text);
        String value = formula ? "'" + text : text;
        if (formula
                || value.contains(",")
                || value.contains("\"")
                || value.contains("\n")
                || value.contains("\r")
                || value.contains(";")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static boolean isNumber(String text) {
        return text.matches("[+-]?[0-9][0-9.,]*[a-z*]*");
    }
}
