package org.thbhub.ingest.format;

import java.io.FilterInputStream;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.thbhub.common.SafeText;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.validation.Detail;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a workbook's sheets with POI's event handler (never the user model, whose
 * memory grows with the sheet). The package is read by hand, part by part, each through a counter
 * of the bytes it really inflates to: memory and time are bounded by the product's limits, not by
 * what the file declares.
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
                            SafeText.quote(e.getName()) + " unpacks to " + size + " bytes");
                    return false;
                }
                if (packed > 0 && size > (1 << 20) && size / packed > limits.maxInflateRatio()) {
                    report.add(
                            unsafe(
                                    SafeText.quote(e.getName())
                                            + " inflates "
                                            + size / packed
                                            + " times; a zip bomb is likely"));
                    return false;
                }
                total += Math.max(0, size);
            }
        } catch (IOException e) {
            report.add(
                    unsafe(
                            "not a readable zip: "
                                    + SafeText.quote(String.valueOf(e.getMessage()))));
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
        return Problem.of(ProblemCode.XLSX_UNSAFE, SourcePosition.none(), null, new Detail(why));
    }

    /** The sheet names in workbook order. */
    List<String> sheetNames(Path file, ValidationReport report) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new Parts(zip).sheets().stream().map(Sheet::name).toList();
        } catch (Refused refused) {
            report.add(refused.problem);
            return List.of();
        } catch (XMLStreamException | RuntimeException e) {
            report.add(unsafe("not a workbook: " + SafeText.quote(String.valueOf(e.getMessage()))));
            return List.of();
        }
    }

    /**
     * Streams the sheets named in {@code handlers}, in workbook order. Every part is read through a
     * counter of the bytes it really inflates to, whatever the zip's directory declares; a sheet
     * stops at {@code maxSheetRows} rows, at a cell beyond Excel's grid or at a cell longer than
     * Excel allows. Cell styles are never read: numbers are taken as their plain value.
     */
    void read(Path file, Map<String, RowHandler> handlers, ValidationReport report)
            throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Parts parts = new Parts(zip);
            List<Sheet> sheets = parts.sheets();
            SharedStrings strings = parts.sharedStrings();
            for (Sheet sheet : sheets) {
                RowHandler handler = handlers.get(sheet.name());
                if (handler != null) {
                    try (InputStream in = parts.open(sheet.part())) {
                        readSheet(in, sheet.name(), handler, strings, report);
                    }
                }
            }
        } catch (Refused refused) {
            report.add(refused.problem);
        } catch (SAXException | ParserConfigurationException | XMLStreamException e) {
            report.add(unsafe("not a workbook: " + SafeText.quote(String.valueOf(e.getMessage()))));
        } catch (RuntimeException e) {
            // POI's sheet handler fails on malformed references and numbers: a broken file
            report.add(
                    unsafe(
                            "a sheet is malformed: "
                                    + SafeText.quote(String.valueOf(e.getMessage()))));
        }
    }

    private void readSheet(
            InputStream sheet,
            String name,
            RowHandler handler,
            SharedStrings strings,
            ValidationReport report)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        Rows rows = new Rows(name, handler, report);
        parser.setContentHandler(
                new ShortTexts(
                        new XSSFSheetXMLHandler(
                                new GeneralStyles(),
                                null,
                                strings,
                                rows,
                                new PlainNumbers(),
                                false)));
        try {
            parser.parse(new InputSource(sheet));
        } catch (StopSheet stop) {
            // reported where it was thrown; the rows before it were handed on
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
            if (rowNum < 0 || rowNum >= MAX_ROWS) {
                report.add(
                        ProblemCode.XLSX_CELL_OUT_OF_RANGE,
                        SourcePosition.cell(sheet, "A1"),
                        null,
                        "row " + (rowNum + 1L));
                throw new StopSheet();
            }
            if (++count > limits.maxSheetRows()) {
                report.add(
                        ProblemCode.XLSX_TOO_LARGE,
                        SourcePosition.cell(sheet, "A" + (rowNum + 1)),
                        null,
                        new Detail(
                                "sheet '"
                                        + SafeText.quote(sheet)
                                        + "' has more than "
                                        + limits.maxSheetRows()
                                        + " rows"));
                throw new StopSheet();
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
            if (cellReference == null) {
                return;
            }
            String column = columnOf(cellReference);
            if (column == null) {
                report.add(
                        ProblemCode.XLSX_CELL_OUT_OF_RANGE,
                        SourcePosition.cell(sheet, "A1"),
                        null,
                        cellReference);
                throw new StopSheet();
            }
            if (formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            cells.put(column, formattedValue);
        }
    }

    /** Excel's grid: 16,384 columns (A to XFD) and 1,048,576 rows. */
    static final int MAX_COLUMNS = 16_384;

    static final int MAX_ROWS = 1_048_576;

    /** Excel's limit of the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** The column letters of a reference such as {@code C7}, or null beyond Excel's grid. */
    static String columnOf(String reference) {
        int i = 0;
        int column = 0;
        while (i < reference.length() && i < 4) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            return null;
        }
        String digits = reference.substring(i);
        if (digits.isEmpty()
                || digits.length() > 7
                || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int row = Integer.parseInt(digits);
        return row < 1 || row > MAX_ROWS ? null : reference.substring(0, i);
    }

    /** A sheet of the workbook: its name and the zip entry holding it. */
    private record Sheet(String name, String part) {}

    /**
     * The parts of the package read by hand, each through a bounded stream: the workbook (sheet
     * names and their relationships) and the shared strings, never the styles.
     */
    private final class Parts {
        private static final long SMALL_PART = 4L << 20;
        private static final String RELATIONSHIPS_NS =
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        private final ZipFile zip;
        private long inflatedTotal;

        Parts(ZipFile zip) {
            this.zip = zip;
        }

        List<Sheet> sheets() throws IOException, XMLStreamException {
            String workbook = mainPart();
            Map<String, String> targets = relationships(workbook);
            List<Sheet> sheets = new ArrayList<>();
            try (InputStream in = open(workbook, SMALL_PART)) {
                XMLStreamReader xml = xmlReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        String target = targets.get(xml.getAttributeValue(RELATIONSHIPS_NS, "id"));
                        if (name != null && target != null) {
                            sheets.add(new Sheet(name, target));
                        }
                    }
                }
            }
            return sheets;
        }

        SharedStrings sharedStrings() throws IOException, XMLStreamException {
            String workbook = mainPart();
            String part = null;
            for (var e : relationshipTypes(workbook).entrySet()) {
                if (e.getValue().endsWith("/sharedStrings")) {
                    part = e.getKey();
                }
            }
            if (part == null || zip.getEntry(part) == null) {
                return new BoundedSharedStrings(List.of());
            }
            List<String> items = new ArrayList<>();
            long chars = 0;
            try (InputStream in = open(part)) {
                XMLStreamReader xml = xmlReader(in);
                StringBuilder item = null;
                int phonetic = 0;
                boolean text = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("si")) {
                            item = new StringBuilder();
                        } else if (local.equals("rPh")) {
                            phonetic++;
                        } else if (local.equals("t")) {
                            text = true;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("si") && item != null) {
                            if (items.size() >= limits.maxSharedStrings()) {
                                throw tooLarge(
                                        "more than "
                                                + limits.maxSharedStrings()
                                                + " shared strings");
                            }
                            items.add(item.toString());
                            item = null;
                        } else if (local.equals("rPh")) {
                            phonetic--;
                        } else if (local.equals("t")) {
                            text = false;
                        }
                    } else if ((event == XMLStreamConstants.CHARACTERS
                                    || event == XMLStreamConstants.CDATA)
                            && text
                            && phonetic == 0
                            && item != null) {
                        int n = xml.getTextLength();
                        chars += n;
                        if (item.length() + n > MAX_CELL_CHARS) {
                            throw tooLarge("a shared string longer than " + MAX_CELL_CHARS);
                        }
                        if (chars > limits.maxSharedStringChars()) {
                            throw tooLarge(
                                    "shared strings of more than "
                                            + limits.maxSharedStringChars()
                                            + " characters");
                        }
                        item.append(xml.getTextCharacters(), xml.getTextStart(), n);
                    }
                }
            }
            return new BoundedSharedStrings(items);
        }

        /** The workbook part the package's relationships name (xl/workbook.xml in practice). */
        private String mainPart() throws IOException, XMLStreamException {
            for (var e : relationshipTypes("").entrySet()) {
                if (e.getValue().endsWith("/officeDocument")) {
                    return e.getKey();
                }
            }
            throw new Refused(unsafe("not a workbook: no office document part"));
        }

        private Map<String, String> relationships(String source)
                throws IOException, XMLStreamException {
            return read(source, true);
        }

        /** Targets (zip entry names) by relationship type. */
        private Map<String, String> relationshipTypes(String source)
                throws IOException, XMLStreamException {
            return read(source, false);
        }

        /** The relationships of a part: id -> target, or target -> type. */
        private Map<String, String> read(String source, boolean byId)
                throws IOException, XMLStreamException {
            int slash = source.lastIndexOf('/');
            String folder = slash < 0 ? "" : source.substring(0, slash + 1);
            String rels = folder + "_rels/" + source.substring(slash + 1) + ".rels";
            Map<String, String> answer = new LinkedHashMap<>();
            if (zip.getEntry(rels) == null) {
                if (source.isEmpty()) {
                    throw new Refused(unsafe("not a workbook: no package relationships"));
                }
                return answer;
            }
            try (InputStream in = open(rels, SMALL_PART)) {
                XMLStreamReader xml = xmlReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("Relationship")) {
                        String target = xml.getAttributeValue(null, "Target");
                        if (target == null
                                || "External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                            continue;
                        }
                        String entry =
                                target.startsWith("/")
                                        ? target.substring(1)
                                        : normalise(folder + target);
                        if (byId) {
                            answer.put(xml.getAttributeValue(null, "Id"), entry);
                        } else {
                            answer.put(entry, String.valueOf(xml.getAttributeValue(null, "Type")));
                        }
                    }
                }
            }
            return answer;
        }

        InputStream open(String part) throws IOException {
            return open(part, limits.maxZipEntryBytes());
        }

        /** The part's bytes as they inflate, counted: beyond a limit, the read is refused. */
        InputStream open(String part, long maxBytes) throws IOException {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw new Refused(
                        unsafe("not a workbook: the part " + SafeText.quote(part) + " is missing"));
            }
            long packed = Math.max(1, entry.getCompressedSize());
            long bombAt = Math.max(1L << 20, packed * limits.maxInflateRatio());
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long count;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        count += n;
                        inflatedTotal += n;
                        if (count > maxBytes) {
                            throw tooLarge(
                                    SafeText.quote(part)
                                            + " unpacks to more than "
                                            + maxBytes
                                            + " bytes");
                        }
                        if (count > bombAt) {
                            throw new Refused(
                                    unsafe(
                                            SafeText.quote(part)
                                                    + " inflates more than "
                                                    + limits.maxInflateRatio()
                                                    + " times; a zip bomb is likely"));
                        }
                        if (inflatedTotal > limits.maxZipTotalBytes()) {
                            throw tooLarge(
                                    "unpacks to more than " + limits.maxZipTotalBytes() + " bytes");
                        }
                    }
                    return n;
                }
            };
        }

        private Refused tooLarge(String why) {
            return new Refused(
                    Problem.of(
                            ProblemCode.XLSX_TOO_LARGE,
                            SourcePosition.none(),
                            null,
                            new Detail(why)));
        }
    }

    private static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
        }
        return String.join("/", out);
    }

    private static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    /** The shared strings, read once, within the limits of count and characters. */
    private static final class BoundedSharedStrings implements SharedStrings {
        private final List<String> items;

        BoundedSharedStrings(List<String> items) {
            this.items = items;
        }

        @Override
        public RichTextString getItemAt(int idx) {
            return new XSSFRichTextString(idx >= 0 && idx < items.size() ? items.get(idx) : "");
        }

        @Override
        public int getCount() {
            return items.size();
        }

        @Override
        public int getUniqueCount() {
            return items.size();
        }
    }

    /**
     * The file's own styles are never parsed (a styles part can be made as large as any other):
     * every cell gets the General format, and {@link PlainNumbers} prints numbers as their value.
     */
    private static final class GeneralStyles extends StylesTable {
        @Override
        public XSSFCellStyle getStyleAt(int idx) {
            return super.getStyleAt(0);
        }
    }

    /**
     * Stops a sheet whose value or text (a {@code v}, {@code t} or {@code f} element) is longer
     * than Excel allows, before POI's handler has gathered it all.
     */
    private static final class ShortTexts implements ContentHandler {
        private final ContentHandler next;
        private int run;
        private boolean inText;

        ShortTexts(ContentHandler next) {
            this.next = next;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            run += length;
            if (inText && run > MAX_CELL_CHARS) {
                throw new Refused(
                        Problem.of(
                                ProblemCode.XLSX_TOO_LARGE,
                                SourcePosition.none(),
                                null,
                                new Detail(
                                        "a cell holds more than "
                                                + MAX_CELL_CHARS
                                                + " characters")));
            }
            next.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts)
                throws SAXException {
            run = 0;
            inText = localName.equals("v") || localName.equals("t") || localName.equals("f");
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            run = 0;
            inText = false;
            next.endElement(uri, localName, qName);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            next.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            next.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            next.skippedEntity(name);
        }
    }

    /** A limit hit while reading a part: carries its problem up through the parsers. */
    private static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Thrown through the SAX parser to stop a sheet at a limit. */
    private static final class StopSheet extends RuntimeException {
        StopSheet() {
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
