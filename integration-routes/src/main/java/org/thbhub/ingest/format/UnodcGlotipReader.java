package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.thbhub.ingest.Dimension;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

/**
 * Reads the UNODC GLOTIP export (data/unodc-glotip), as CSV or as XLSX, exactly as published, and
 * maps it to THB_STAT rows (design.md section 4). Rows of countries outside the given set and
 * breakdowns THB Hub has no dimension for are skipped and counted; rows without a country code or
 * with a category that has no THB code are refused with a problem. Duplicates and sums are the
 * validator's business.
 */
public final class UnodcGlotipReader {

    static final List<String> COLUMNS =
            List.of(
                    "Iso3_code",
                    "Country",
                    "Indicator",
                    "Dimension",
                    "Category",
                    "Sex",
                    "Age",
                    "Year",
                    "Unit of measurement",
                    "txtVALUE");

    private static final Map<String, String> INDICATORS =
            Map.of(
                    "detected trafficking victims", "VICT",
                    "persons prosecuted", "PROS",
                    "persons convicted", "CONV",
                    "persons brought into formal contact", "FORMAL_CONTACT",
                    "offences of trafficking in persons", "OFFENCE");
    private static final Map<String, String> EXPLOITATION =
            Map.of(
                    "sexual exploitation", "SEX_EXP",
                    "forced labour", "LAB_EXP",
                    "other forms of exploitation", "OTH");
    private static final Map<String, String> CITIZENSHIP =
            Map.of("nationals", "NAT", "stateless", "STLS", "unknown", "UNK");
    private static final Map<String, String> SEX =
            Map.of(
                    "total", "_T",
                    "female", "F",
                    "male", "M",
                    "other", "OTH",
                    "unknown", "UNK");
    private static final Map<String, String> AGE =
            Map.of(
                    "total", "_T",
                    "0 to 17 years", "Y_LT18",
                    "18 years or over", "Y_GE18",
                    "unknown", "UNK");
    private static final String SUPPRESSED = "<5";
    private static final String SUPPRESSED_CONF_STATUS = "A";
    private static final String UNIT = "Counts";
    private static final String REPATRIATION = "by country of repatriation";
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private final Set<CountryCode> countries;
    private final ReadLimits limits;
    private final CountryNames names = new CountryNames();

    /**
     * @param countries the countries whose rows are imported (the OSCE's 68, from the reference
     *     data); rows of any other are skipped
     */
    public UnodcGlotipReader(Set<CountryCode> countries, ReadLimits limits) {
        this.countries = Set.copyOf(countries);
        this.limits = limits;
    }

    /** What the import skipped and refused, besides the rows it handed on. */
    public record Summary(
            int dataRows,
            int rowsHandedOn,
            int countrySkipped,
            int skippedCountries,
            int breakdownSkipped,
            int refused) {}

    public Summary readCsv(InputStream in, RowSink sink, ValidationReport report)
            throws IOException {
        Utf8Reader utf8 =
                new Utf8Reader(
                        in,
                        line ->
                                report.add(
                                        ProblemCode.ENCODING_INVALID,
                                        SourcePosition.line(line),
                                        null,
                                        "bytes that are not UTF-8"));
        CsvTokenizer csv =
                new CsvTokenizer(utf8, ',', limits.maxCsvLineChars(), limits.maxCsvFieldChars());
        Mapping mapping = null;
        while (csv.next()) {
            if (SdmxCsvReader.tooLong(csv, report)) {
                break;
            }
            List<String> fields = csv.fields();
            if (mapping == null) {
                if (!fields.isEmpty() && fields.get(0).strip().equals(COLUMNS.get(0))) {
                    mapping = new Mapping(fields, SourcePosition.line(csv.recordLine()), report);
                    if (!mapping.complete) {
                        break;
                    }
                }
                continue;
            }
            SourcePosition at = SourcePosition.line(csv.recordLine());
            if (fields.size() != mapping.width) {
                report.add(ProblemCode.ROW_RAGGED, at, null, fields.size(), mapping.width);
                mapping.summary.refused++;
                continue;
            }
            Map<String, Integer> index = mapping.index;
            mapping.row(at, c -> fields.get(index.get(c)), sink);
        }
        return finish(mapping, report, SourcePosition.line(1));
    }

    public Summary readXlsx(Path file, RowSink sink, ValidationReport report) throws IOException {
        XlsxWorkbook workbook = new XlsxWorkbook(limits);
        if (!workbook.safe(file, report)) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        List<String> sheets = workbook.sheetNames(file, report);
        if (sheets.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        String sheet = sheets.get(0);
        Mapping[] mapping = new Mapping[1];
        Map<String, String> letters = new HashMap<>();
        workbook.read(
                file,
                Map.of(
                        sheet,
                        (row, cells) -> {
                            if (mapping[0] == null) {
                                if (COLUMNS.get(0).equals(cells.getOrDefault("A", "").strip())) {
                                    List<String> header = new ArrayList<>();
                                    for (int i = 0; cells.containsKey(letter(i)); i++) {
                                        header.add(cells.get(letter(i)));
                                        letters.put(cells.get(letter(i)).strip(), letter(i));
                                    }
                                    mapping[0] =
                                            new Mapping(
                                                    header,
                                                    SourcePosition.cell(sheet, "A" + row),
                                                    report);
                                }
                                return;
                            }
                            if (!mapping[0].complete) {
                                return;
                            }
                            SourcePosition at =
                                    SourcePosition.sheetRow(sheet, row, Map.copyOf(letters));
                            mapping[0].row(
                                    at,
                                    c -> cells.getOrDefault(letter(mapping[0].index.get(c)), ""),
                                    sink);
                        }),
                report);
        return finish(mapping[0], report, SourcePosition.cell(sheet, "A1"));
    }

    private static String letter(int i) {
        return XlsxWorkbook.columnLetters(i);
    }

    private Summary finish(Mapping mapping, ValidationReport report, SourcePosition start) {
        if (mapping == null) {
            report.add(
                    ProblemCode.HEADER_MISSING,
                    start,
                    null,
                    "expected the UNODC header Iso3_code,Country,...");
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        MutableSummary s = mapping.summary;
        if (s.countrySkipped > 0) {
            report.add(
                    ProblemCode.UNODC_COUNTRY_SKIPPED,
                    SourcePosition.none(),
                    "Iso3_code",
                    s.countrySkipped,
                    s.skippedCountries.size());
        }
        if (s.breakdownSkipped > 0) {
            report.add(
                    ProblemCode.UNODC_BREAKDOWN_SKIPPED,
                    SourcePosition.none(),
                    "Dimension",
                    s.breakdownSkipped,
                    REPATRIATION);
        }
        return new Summary(
                s.dataRows,
                s.handedOn,
                s.countrySkipped,
                s.skippedCountries.size(),
                s.breakdownSkipped,
                s.refused);
    }

    private static final class MutableSummary {
        int dataRows;
        int handedOn;
        int countrySkipped;
        final Set<String> skippedCountries = new HashSet<>();
        int breakdownSkipped;
        int refused;
    }

    /** The header's columns and the mapping of one data row. */
    private final class Mapping {
        final Map<String, Integer> index = new HashMap<>();
        final int width;
        final boolean complete;
        final ValidationReport report;
        final MutableSummary summary = new MutableSummary();

        Mapping(List<String> header, SourcePosition at, ValidationReport report) {
            this.report = report;
            this.width = header.size();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip(), i);
            }
            boolean ok = true;
            for (String c : COLUMNS) {
                if (!index.containsKey(c)) {
                    report.add(ProblemCode.COLUMN_REQUIRED_MISSING, at, c, c, "the UNODC export");
                    ok = false;
                }
            }
            this.complete = ok;
        }

        void row(SourcePosition at, Function<String, String> cell, RowSink sink) {
            summary.dataRows++;
            String iso3 = cell.apply("Iso3_code").strip();
            if (iso3.isEmpty()) {
                report.add(
                        ProblemCode.UNODC_COUNTRY_MISSING,
                        at,
                        "Iso3_code",
                        cell.apply("Country").strip());
                summary.refused++;
                return;
            }
            if (!CountryCode.isWellFormed(iso3) || !countries.contains(CountryCode.of(iso3))) {
                summary.countrySkipped++;
                summary.skippedCountries.add(iso3);
                return;
            }
            String dimension = cell.apply("Dimension").strip();
            if (dimension.equalsIgnoreCase(REPATRIATION)) {
                summary.breakdownSkipped++;
                return;
            }
            String category = cell.apply("Category").strip();
            Optional<String> indicator = map(INDICATORS, cell, "Indicator", at);
            Optional<String> sex = map(SEX, cell, "Sex", at);
            Optional<String> age = map(AGE, cell, "Age", at);
            String expl = Dimension.TOTAL;
            String citizen = Dimension.TOTAL;
            boolean mapped = indicator.isPresent() && sex.isPresent() && age.isPresent();
            switch (dimension.toLowerCase(Locale.ROOT)) {
                case "total" -> {
                    if (!category.equalsIgnoreCase("Total")) {
                        mapped = unmapped("Category", category, at);
                    }
                }
                case "by form of exploitation" -> {
                    String e = EXPLOITATION.get(category.toLowerCase(Locale.ROOT));
                    mapped &= e != null || unmapped("Category", category, at);
                    expl = e == null ? expl : e;
                }
                case "by citizenship" -> {
                    String c = citizenship(category);
                    mapped &= c != null || unmapped("Category", category, at);
                    citizen = c == null ? citizen : c;
                }
                default -> mapped = unmapped("Dimension", dimension, at);
            }
            String unit = cell.apply("Unit of measurement").strip();
            if (!unit.equals(UNIT)) {
                mapped = unmapped("Unit of measurement", unit, at);
            }
            if (!mapped) {
                summary.refused++;
                return;
            }
            String value = cell.apply("txtVALUE").strip();
            String confStatus = "";
            if (value.equals(SUPPRESSED)) {
                value = "";
                confStatus = SUPPRESSED_CONF_STATUS;
            } else if (THOUSANDS.matcher(value).matches()) {
                value = value.replace(",", "");
            }
            summary.handedOn++;
            sink.observation(
                    new ObservationRow(
                            at,
                            "",
                            iso3,
                            indicator.get(),
                            sex.get(),
                            age.get(),
                            citizen,
                            expl,
                            Dimension.TOTAL,
                            cell.apply("Year"),
                            value,
                            "",
                            confStatus,
                            ""));
        }

        private String citizenship(String category) {
            String special = CITIZENSHIP.get(category.toLowerCase(Locale.ROOT));
            if (special != null) {
                return special;
            }
            return names.alpha3(category).map(CountryCode::iso3).orElse(null);
        }

        private Optional<String> map(
                Map<String, String> codes,
                Function<String, String> cell,
                String column,
                SourcePosition at) {
            String text = cell.apply(column).strip();
            String code = codes.get(text.toLowerCase(Locale.ROOT));
            if (code == null) {
                unmapped(column, text, at);
            }
            return Optional.ofNullable(code);
        }

        /** Reports an unmapped category; always false, to be and-ed into "mapped". */
        private boolean unmapped(String column, String text, SourcePosition at) {
            report.add(ProblemCode.UNODC_CATEGORY_UNMAPPED, at, column, column, text);
            return false;
        }
    }
}
