package org.thbhub.ingest.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.ingest.Structure;
import org.thbhub.validation.HeaderCheck;
import org.thbhub.validation.HeaderCheck.Header;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

/**
 * Reads SDMX-CSV 2.0 ({@code STRUCTURE,STRUCTURE_ID,ACTION,...}) and 1.0 ({@code DATAFLOW,...}) as
 * a stream: one record in memory at a time. Rows of both structures may share a file.
 */
public final class SdmxCsvReader {

    private final ReadLimits limits;

    public SdmxCsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Reads the whole stream; the caller closes it. */
    public void read(InputStream in, RowSink sink, ValidationReport report) throws IOException {
        Utf8Reader utf8 =
                new Utf8Reader(
                        in,
                        line ->
                                report.add(
                                        ProblemCode.ENCODING_INVALID,
                                        SourcePosition.line(line),
                                        null,
                                        "bytes that are not UTF-8"));
        int peek = limits.maxCsvLineChars() + 1;
        BufferedReader text = new BufferedReader(utf8, peek + 1);
        text.mark(peek + 1);
        Optional<String> firstLine = firstLine(text, peek);
        text.reset();
        SourcePosition headerAt = SourcePosition.line(1);
        if (firstLine.isEmpty()) {
            report.add(ProblemCode.LINE_TOO_LONG, headerAt, null, limits.maxCsvLineChars());
            return;
        }
        if (firstLine.get().isBlank()) {
            return; // no header and no row: the validator reports NO_DATA_ROWS
        }
        Optional<Character> separator = separator(firstLine.get());
        if (separator.isEmpty()) {
            report.add(ProblemCode.SEPARATOR_UNKNOWN, headerAt, null);
            return;
        }
        CsvTokenizer csv =
                new CsvTokenizer(
                        text, separator.get(), limits.maxCsvLineChars(), limits.maxCsvFieldChars());
        csv.next();
        if (tooLong(csv, report)) {
            return;
        }
        List<String> columns = new ArrayList<>(csv.fields());
        if (!looksLikeHeader(columns)) {
            report.add(
                    ProblemCode.HEADER_MISSING,
                    headerAt,
                    null,
                    "expected STRUCTURE,STRUCTURE_ID,... or DATAFLOW,...");
            return;
        }
        Header header = HeaderCheck.check(columns, true, null, headerAt, report);
        if (header.complete().isEmpty()) {
            return;
        }
        Set<Structure> reportedIncomplete = EnumSet.noneOf(Structure.class);
        while (csv.next()) {
            List<String> fields = csv.fields();
            SourcePosition at = SourcePosition.line(csv.recordLine());
            if (tooLong(csv, report)) {
                break;
            }
            if (csv.unclosedQuote()) {
                report.add(ProblemCode.QUOTE_UNCLOSED, at, null);
                break;
            }
            if (fields.size() != columns.size()) {
                report.add(ProblemCode.ROW_RAGGED, at, null, fields.size(), columns.size());
                continue;
            }
            Optional<Structure> structure = structure(header, fields, at, report);
            if (structure.isEmpty()) {
                continue;
            }
            if (!header.complete().contains(structure.get())) {
                if (reportedIncomplete.add(structure.get())) {
                    for (String c : header.missingFor(structure.get())) {
                        report.add(
                                ProblemCode.COLUMN_REQUIRED_MISSING,
                                at,
                                c,
                                c,
                                structure.get().name());
                    }
                }
                continue;
            }
            String action = value(header, fields, HeaderCheck.ACTION);
            if (structure.get() == Structure.THB_STAT) {
                sink.observation(
                        ObservationRow.fromColumns(at, action, c -> value(header, fields, c)));
            } else {
                sink.policy(PolicyRow.fromColumns(at, action, c -> value(header, fields, c)));
            }
        }
    }

    private static String value(Header header, List<String> fields, String column) {
        Integer i = header.index().get(column);
        return i == null ? null : fields.get(i);
    }

    private static Optional<Structure> structure(
            Header header, List<String> fields, SourcePosition at, ValidationReport report) {
        if (header.isSdmxCsv1()) {
            String dataflow = value(header, fields, HeaderCheck.DATAFLOW);
            Optional<Structure> s = Structure.fromReference(dataflow);
            if (s.isEmpty()) {
                report.add(ProblemCode.STRUCTURE_UNKNOWN, at, HeaderCheck.DATAFLOW, dataflow);
            }
            return s;
        }
        String kind = value(header, fields, HeaderCheck.STRUCTURE);
        String id = value(header, fields, HeaderCheck.STRUCTURE_ID);
        Optional<Structure> s =
                Structure.isStructureKind(kind) ? Structure.fromReference(id) : Optional.empty();
        if (s.isEmpty()) {
            String what = Structure.isStructureKind(kind) ? id : kind + " " + id;
            report.add(ProblemCode.STRUCTURE_UNKNOWN, at, HeaderCheck.STRUCTURE_ID, what.strip());
        }
        return s;
    }

    /** The separator is the one of ',' and ';' the header uses (outside quotes). */
    static Optional<Character> separator(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (commas == 0 && semicolons == 0) {
            return Optional.empty();
        }
        return Optional.of(semicolons > commas ? ';' : ',');
    }

    /**
     * A header names columns in upper case; a data row put first instead carries a structure kind
     * or reference.
     */
    private static boolean looksLikeHeader(List<String> columns) {
        boolean named = false;
        for (String c : columns) {
            String cell = c.strip();
            if (Structure.fromReference(cell).isPresent()
                    || cell.equals("dataflow")
                    || cell.equals("datastructure")) {
                return false;
            }
            named |=
                    cell.equals(HeaderCheck.STRUCTURE)
                            || cell.equals(HeaderCheck.DATAFLOW)
                            || cell.equals("REF_AREA");
        }
        return named;
    }

    /** A record cut at a limit ends the file: what follows it cannot be told apart. */
    static boolean tooLong(CsvTokenizer csv, ValidationReport report) {
        if (csv.tooLong() == null) {
            return false;
        }
        SourcePosition at = SourcePosition.line(csv.recordLine());
        report.add(
                csv.tooLong() == CsvTokenizer.TooLong.RECORD
                        ? ProblemCode.LINE_TOO_LONG
                        : ProblemCode.FIELD_TOO_LONG,
                at,
                null,
                csv.tooLong() == CsvTokenizer.TooLong.RECORD
                        ? csv.maxRecordChars()
                        : csv.maxFieldChars());
        return true;
    }

    /** The first line, or empty when it is longer than {@code max} characters. */
    private static Optional<String> firstLine(BufferedReader text, int max) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = text.read()) >= 0 && c != '\n'; ) {
            if (line.length() >= max) {
                return Optional.empty();
            }
            line.append((char) c);
        }
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return Optional.of(line.toString());
    }
}
