package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.thbhub.common.csv.SafeCsvWriter;

/**
 * A report as one tidy CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read it as UTF-8): one
 * line per table cell, the number plain and machine-readable, its marker beside it. Written through
 * the shared {@link SafeCsvWriter}, which neutralises every text a spreadsheet would read as a
 * formula (OWASP CSV injection).
 */
final class CsvReportWriter {

    static final List<String> HEADER =
            List.of("section", "table", "row", "column", "value", "marker", "text");

    void write(ReportDocument document, OutputStream out) throws IOException {
        Writer bytes = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        bytes.write('\uFEFF');
        SafeCsvWriter writer = new SafeCsvWriter(bytes);
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
        bytes.flush();
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

    /** Every field as free text: the shared writer neutralises formulas, never numbers. */
    private static void line(SafeCsvWriter writer, List<String> fields) throws IOException {
        writer.record(fields.stream().map(SafeCsvWriter::text).toArray());
    }
}
