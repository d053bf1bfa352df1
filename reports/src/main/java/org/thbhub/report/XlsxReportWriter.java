package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a workbook: a cover sheet, then one sheet per section with its headline, note and
 * tables. Published numbers are numeric cells whose format shows their flags ({@code #,##0"p"}), so
 * they stay numbers; suppressed values and all text are string cells. No cell is a formula.
 */
final class XlsxReportWriter {

    private static final int MAX_SHEET_NAME = 31;

    void write(ReportDocument document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet cover = workbook.createSheet("About");
            int r = 0;
            text(cover, r++, 0, document.title(), styles.title);
            text(cover, r++, 0, document.subtitle(), null);
            r++;
            for (String filter : document.filters()) {
                text(cover, r++, 0, filter, null);
            }
            text(cover, r++, 0, document.word("pdf.dataAsOf", document.asOfText()), styles.bold);
            text(cover, r++, 0, document.word("pdf.generatedAt", document.generatedAtText()), null);
            r++;
            text(cover, r++, 0, document.howToRead(), null);
            text(cover, r++, 0, document.word("pdf.signs", document.legend()), null);
            text(cover, r, 0, document.word("pdf.source", document.source()), null);
            cover.setColumnWidth(0, 120 * 256);

            Set<String> names = new HashSet<>(List.of("about"));
            for (ReportSection section : document.sections()) {
                Sheet sheet = workbook.createSheet(sheetName(section.title(), names));
                int row = 0;
                text(sheet, row++, 0, section.title(), styles.title);
                text(sheet, row++, 0, section.headline(), styles.bold);
                text(sheet, row++, 0, section.note(), null);
                int widest = 1;
                for (ReportTable table : section.tables()) {
                    row++;
                    text(sheet, row++, 0, table.title(), styles.bold);
                    Row header = sheet.createRow(row++);
                    header.createCell(0).setCellValue(table.rowHeader());
                    header.getCell(0).setCellStyle(styles.header);
                    for (int c = 0; c < table.columns().size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = header.createCell(c + 1);
                        cell.setCellValue(table.columns().get(c));
                        cell.setCellStyle(styles.header);
                    }
                    widest = Math.max(widest, table.columns().size() + 1);
                    for (ReportTable.Row line : table.rows()) {
                        Row xlsRow = sheet.createRow(row++);
                        org.apache.poi.ss.usermodel.Cell label = xlsRow.createCell(0);
                        label.setCellValue(line.label());
                        if (line.total()) {
                            label.setCellStyle(styles.bold);
                        }
                        for (int c = 0; c < line.values().size(); c++) {
                            value(
                                    xlsRow.createCell(c + 1),
                                    line.values().get(c),
                                    line.total(),
                                    styles,
                                    document.texts());
                        }
                    }
                    if (!table.note().isEmpty()) {
                        text(sheet, row++, 0, table.note(), null);
                    }
                }
                sheet.setColumnWidth(0, 34 * 256);
                for (int c = 1; c < widest; c++) {
                    sheet.setColumnWidth(c, 11 * 256);
                }
                sheet.createFreezePane(1, 0);
            }
            workbook.write(out);
        }
    }

    private static void value(
            org.apache.poi.ss.usermodel.Cell cell,
            ReportValue value,
            boolean bold,
            Styles styles,
            Texts texts) {
        if (value.number() != null) {
            cell.setCellValue(value.number());
            cell.setCellStyle(styles.number(value.kind(), value.marker() + value.suffix(), bold));
        } else {
            cell.setCellValue(value.text(texts));
            cell.setCellStyle(styles.right);
        }
    }

    private static void text(Sheet sheet, int row, int col, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        org.apache.poi.ss.usermodel.Cell cell = r.createCell(col);
        cell.setCellValue(text == null ? "" : text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replace(": ", " - ")).trim();
        if (base.length() > MAX_SHEET_NAME) {
            base = base.substring(0, MAX_SHEET_NAME).trim();
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name =
                    base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length()))
                            + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final CellStyle title;
        private final CellStyle bold;
        private final CellStyle header;
        private final CellStyle right;
        private final Font boldFont;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.RIGHT);
            header.setWrapText(true);
            right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
        }

        CellStyle number(ReportValue.Kind kind, String marker, boolean isBold) {
            return numbers.computeIfAbsent(
                    kind + "|" + marker + "|" + isBold,
                    key -> {
                        CellStyle style = workbook.createCellStyle();
                        String suffix =
                                marker.isEmpty() ? "" : "\"" + marker.replace("\"", "") + "\"";
                        String format = kind.pattern();
                        if (!suffix.isEmpty()) {
                            format =
                                    String.join(
                                            ";",
                                            java.util.Arrays.stream(format.split(";"))
                                                    .map(part -> part + suffix)
                                                    .toList());
                        }
                        style.setDataFormat(workbook.createDataFormat().getFormat(format));
                        style.setAlignment(HorizontalAlignment.RIGHT);
                        if (isBold) {
                            style.setFont(boldFont);
                        }
                        return style;
                    });
        }
    }
}
