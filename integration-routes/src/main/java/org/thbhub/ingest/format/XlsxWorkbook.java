package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a workbook's sheets with POI's event API (never the user model, whose memory
 * grows with the sheet), after checking the zip against bombs.
 */
final class XlsxWorkbook {

    /** Receives the cells of one row, as text, by column letters ("A", "B", ...). */
    interface RowHandler {
        /**
         * @param row 1-based sheet row
         */
        void row(int row, Map<String, String> cellsByColumn);
    }

    private final ReadLimits limits;

    XlsxWorkbook(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks the zip's declared sizes before anything is inflated: a part above the size limit, or
     * a large part compressed more than {@code maxInflateRatio} times, is refused.
     */
    boolean safe(Path file, ValidationReport report) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > 10_000) {
                    report.add(unsafe("more than 10000 parts"));
                    return false;
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > limits.maxZipEntryBytes()) {
                    report.add(
                            ProblemCode.XLSX_TOO_LARGE,
                            SourcePosition.none(),
                            null,
                            e.getName() + " unpacks to " + size + " bytes");
                    return false;
                }
                if (packed > 0 && size > (1 << 20) && size / packed > limits.maxInflateRatio()) {
                    report.add(
                            unsafe(
                                    e.getName()
                                            + " inflates "
                                            + size / packed
                                            + " times; a zip bomb is likely"));
                    return false;
                }
                total += Math.max(0, size);
            }
        } catch (IOException e) {
            report.add(unsafe("not a readable zip: " + e.getMessage()));
            return false;
        }
        if (total > limits.maxZipTotalBytes()) {
            report.add(
                    ProblemCode.XLSX_TOO_LARGE,
                    SourcePosition.none(),
                    null,
                    "unpacks to " + total + " bytes");
            return false;
        }
        return true;
    }

    private static Problem unsafe(String why) {
        return Problem.of(ProblemCode.XLSX_UNSAFE, SourcePosition.none(), null, why);
    }

    /** The sheet names in workbook order. */
    List<String> sheetNames(Path file, ValidationReport report) throws IOException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator it =
                    (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
        } catch (OpenXML4JException | RuntimeException e) {
            report.add(unsafe("not a workbook: " + e.getMessage()));
        }
        return names;
    }

    /**
     * Streams the sheets named in {@code handlers}, in workbook order. Stops a sheet at {@code
     * maxSheetRows}, reporting XLSX_TOO_LARGE.
     */
    void read(Path file, Map<String, RowHandler> handlers, ValidationReport report)
            throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    RowHandler handler = handlers.get(it.getSheetName());
                    if (handler != null) {
                        readSheet(sheet, it.getSheetName(), handler, strings, styles, report);
                    }
                }
            }
        } catch (InvalidFormatException e) {
            report.add(unsafe("not a workbook: " + e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            report.add(unsafe(e.getMessage()));
        } catch (IOException e) {
            // POI's own bomb check (ZipSecureFile) fires while inflating a part
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                report.add(unsafe("a part inflates too much; a zip bomb is likely"));
            } else {
                throw e;
            }
        }
    }

    private void readSheet(
            InputStream sheet,
            String name,
            RowHandler handler,
            ReadOnlySharedStringsTable strings,
            StylesTable styles,
            ValidationReport report)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        Rows rows = new Rows(name, handler, report);
        parser.setContentHandler(
                new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainNumbers(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (TooManyRows stop) {
            // reported where it was thrown; the rows before the limit were handed on
        }
    }

    /** Collects one row's cells and hands the row on. */
    private final class Rows implements SheetContentsHandler {
        private final String sheet;
        private final RowHandler handler;
        private final ValidationReport report;
        private final Map<String, String> cells = new LinkedHashMap<>();
        private int count;

        Rows(String sheet, RowHandler handler, ValidationReport report) {
            this.sheet = sheet;
            this.handler = handler;
            this.report = report;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            if (++count > limits.maxSheetRows()) {
                report.add(
                        ProblemCode.XLSX_TOO_LARGE,
                        SourcePosition.cell(sheet, "A" + (rowNum + 1)),
                        null,
                        "sheet '" + sheet + "' has more than " + limits.maxSheetRows() + " rows");
                throw new TooManyRows();
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                handler.row(rowNum + 1, cells);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            int i = 0;
            while (i < cellReference.length() && Character.isLetter(cellReference.charAt(i))) {
                i++;
            }
            cells.put(cellReference.substring(0, i), formattedValue);
        }
    }

    /** Thrown through the SAX parser to stop a sheet at the row limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /**
     * Numbers as their plain value whatever the cell's display format: "#,##0" must not turn 1282
     * into "1,282", nor a date format turn a year into a date.
     */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
    }

    /** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
    static String columnLetters(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return b.toString();
    }

    static SourcePosition sheetCell(String sheet, String cell) {
        return SourcePosition.cell(sheet, cell);
    }
}
