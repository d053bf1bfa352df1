package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.ingest.Structure;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.HeaderCheck;
import org.thbhub.validation.HeaderCheck.Header;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

/**
 * The XLSX template a rapporteur fills in: sheet {@code Data} (THB_STAT), sheet {@code Policy}
 * (THB_POLICY), a hidden {@code Codes} sheet feeding the drop-downs, and {@code Read me}. Row 1 of
 * each data sheet is the header; the generator writes it, the reader finds columns by it.
 */
public final class XlsxTemplate {

    public static final String DATA_SHEET = "Data";
    public static final String POLICY_SHEET = "Policy";
    public static final String CODES_SHEET = "Codes";
    public static final String README_SHEET = "Read me";

    /** Rows prepared with drop-downs; a rapporteur may type beyond them. */
    private static final int PREPARED_ROWS = 5000;

    private final ReadLimits limits;

    public XlsxTemplate(ReadLimits limits) {
        this.limits = limits;
    }

    /** Writes the template for one country. */
    public void generate(CodeLists codeLists, CountryCode country, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            readMe(wb.createSheet(README_SHEET), country, bold);
            Sheet data = wb.createSheet(DATA_SHEET);
            Sheet policy = wb.createSheet(POLICY_SHEET);
            Sheet codes = wb.createSheet(CODES_SHEET);

            Map<String, String> listNames = new HashMap<>();
            int col = 0;
            for (CodeList list : CodeList.values()) {
                List<String> values = new ArrayList<>(codeLists.codes(list));
                if (list == CodeList.CITIZEN) {
                    values.addAll(codeLists.countries().stream().map(CountryCode::iso3).toList());
                }
                writeList(wb, codes, col++, list.name(), values, bold, listNames);
            }
            writeList(wb, codes, col++, "REF_AREA", List.of(country.iso3()), bold, listNames);
            writeList(wb, codes, col, "ACTION", List.of("I", "A", "R", "D"), bold, listNames);
            wb.setSheetHidden(wb.getSheetIndex(codes), true);

            Map<String, String> statLists = new HashMap<>();
            statLists.put("REF_AREA", "REF_AREA");
            statLists.put("ACTION", "ACTION");
            for (String c : List.of("INDICATOR", "SEX", "AGE", "CITIZEN", "EXPL", "RECRUIT")) {
                statLists.put(c, c);
            }
            statLists.put("OBS_STATUS", "OBS_STATUS");
            statLists.put("CONF_STATUS", "CONF_STATUS");
            dataSheet(data, Structure.THB_STAT, statLists, listNames, country, bold, text);

            Map<String, String> policyLists =
                    Map.of(
                            "REF_AREA", "REF_AREA",
                            "ACTION", "ACTION",
                            "POLICY_ITEM", "POLICY_ITEM",
                            "STATUS", "POLICY_STATUS");
            dataSheet(policy, Structure.THB_POLICY, policyLists, listNames, country, bold, text);
            wb.setActiveSheet(wb.getSheetIndex(data));
            wb.write(out);
        }
    }

    private static void readMe(Sheet sheet, CountryCode country, CellStyle bold) {
        String[] lines = {
            "THB Hub statistics template for " + country.iso3(),
            "",
            "Sheet 'Data': one row per figure (THB_STAT). Codes come from the drop-downs.",
            "  Leave SEX, AGE, CITIZEN, EXPL or RECRUIT at _T for a total.",
            "  OBS_VALUE is a whole number; leave it empty only with CONF_STATUS A, C or N.",
            "  ACTION: I or A add or update, R replaces the country's figures for the indicators"
                    + " and years of this file, D withdraws the rows given.",
            "Sheet 'Policy': one row per building block and year (THB_POLICY).",
            "Upload the file as it is; the receipt lists every problem by sheet and cell.",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        sheet.setColumnWidth(0, 100 * 256);
    }

    private static void writeList(
            XSSFWorkbook wb,
            Sheet codes,
            int col,
            String name,
            List<String> values,
            CellStyle bold,
            Map<String, String> listNames) {
        row(codes, 0).createCell(col).setCellValue(name);
        codes.getRow(0).getCell(col).setCellStyle(bold);
        for (int i = 0; i < values.size(); i++) {
            row(codes, i + 1).createCell(col).setCellValue(values.get(i));
        }
        String letters = XlsxWorkbook.columnLetters(col);
        Name n = wb.createName();
        n.setNameName("list_" + name);
        int last = Math.max(2, values.size() + 1);
        n.setRefersToFormula("'" + CODES_SHEET + "'!$" + letters + "$2:$" + letters + "$" + last);
        listNames.put(name, n.getNameName());
    }

    private static Row row(Sheet sheet, int i) {
        Row r = sheet.getRow(i);
        return r == null ? sheet.createRow(i) : r;
    }

    private static void dataSheet(
            Sheet sheet,
            Structure structure,
            Map<String, String> listOfColumn,
            Map<String, String> listNames,
            CountryCode country,
            CellStyle bold,
            CellStyle text) {
        List<String> columns = new ArrayList<>();
        columns.add(HeaderCheck.ACTION);
        columns.addAll(structure.columns());
        Row header = sheet.createRow(0);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            header.createCell(c).setCellValue(column);
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 16 * 256);
            sheet.setDefaultColumnStyle(c, text);
            String list = listOfColumn.get(column);
            if (list != null) {
                DataValidationConstraint constraint =
                        helper.createFormulaListConstraint(listNames.get(list));
                DataValidation v =
                        helper.createValidation(
                                constraint, new CellRangeAddressList(1, PREPARED_ROWS, c, c));
                v.setShowErrorBox(true);
                // CITIZEN takes any ISO alpha-3 code, more than the list offers: warn, let it be
                v.setErrorStyle(
                        column.equals("CITIZEN")
                                ? DataValidation.ErrorStyle.WARNING
                                : DataValidation.ErrorStyle.STOP);
                v.createErrorBox("THB Hub", "Please choose a code from the list.");
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Reads a filled template: rows of {@code Data} and {@code Policy}, with sheet and cell. */
    public void read(Path file, RowSink sink, ValidationReport report) throws IOException {
        XlsxWorkbook workbook = new XlsxWorkbook(limits);
        if (!workbook.safe(file, report)) {
            return;
        }
        List<String> sheets = workbook.sheetNames(file, report);
        if (report.hasErrors()) {
            return;
        }
        if (!sheets.contains(DATA_SHEET)) {
            report.add(ProblemCode.XLSX_SHEET_MISSING, SourcePosition.none(), null, DATA_SHEET);
            return;
        }
        Map<String, XlsxWorkbook.RowHandler> handlers = new HashMap<>();
        handlers.put(DATA_SHEET, new SheetRows(DATA_SHEET, Structure.THB_STAT, sink, report));
        if (sheets.contains(POLICY_SHEET)) {
            handlers.put(
                    POLICY_SHEET, new SheetRows(POLICY_SHEET, Structure.THB_POLICY, sink, report));
        }
        workbook.read(file, handlers, report);
    }

    /** The rows of one template sheet: row 1 is the header. */
    private static final class SheetRows implements XlsxWorkbook.RowHandler {
        private final String sheet;
        private final Structure structure;
        private final RowSink sink;
        private final ValidationReport report;
        private Header header;
        private Map<String, String> letters;
        private boolean usable;

        SheetRows(String sheet, Structure structure, RowSink sink, ValidationReport report) {
            this.sheet = sheet;
            this.structure = structure;
            this.sink = sink;
            this.report = report;
        }

        @Override
        public void row(int row, Map<String, String> cells) {
            if (header == null) {
                List<String> columns = new ArrayList<>();
                Map<String, String> byName = new HashMap<>();
                int last = 0;
                for (String letter : cells.keySet()) {
                    last = Math.max(last, index(letter));
                }
                for (int i = 0; i <= last; i++) {
                    String name = cells.getOrDefault(XlsxWorkbook.columnLetters(i), "").strip();
                    columns.add(name);
                    byName.put(name, XlsxWorkbook.columnLetters(i));
                }
                header =
                        HeaderCheck.check(
                                columns,
                                false,
                                structure,
                                SourcePosition.cell(sheet, "A" + row),
                                report);
                letters = Map.copyOf(byName);
                usable = header.complete().contains(structure);
                return;
            }
            if (!usable) {
                return;
            }
            SourcePosition at = SourcePosition.sheetRow(sheet, row, letters);
            String action = cell(cells, HeaderCheck.ACTION);
            if (structure == Structure.THB_STAT) {
                sink.observation(ObservationRow.fromColumns(at, action, c -> cell(cells, c)));
            } else {
                sink.policy(PolicyRow.fromColumns(at, action, c -> cell(cells, c)));
            }
        }

        /** The cell of a column, "" when empty, null when the sheet has no such column. */
        private String cell(Map<String, String> cells, String column) {
            String letter = letters.get(column);
            if (letter == null || !header.has(column)) {
                return null;
            }
            return cells.getOrDefault(letter, "");
        }

        private static int index(String letters) {
            int n = 0;
            for (int i = 0; i < letters.length(); i++) {
                n = n * 26 + (letters.charAt(i) - 'A' + 1);
            }
            return n - 1;
        }
    }
}
