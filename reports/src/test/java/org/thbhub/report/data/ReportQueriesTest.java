package org.thbhub.report.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thbhub.report.data.ReportDatabase.LOADED;
import static org.thbhub.report.data.ReportFixture.EARLIER;
import static org.thbhub.report.data.ReportFixture.WITHDRAWN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.Breakdown;
import org.thbhub.report.Cell;
import org.thbhub.report.ConfStatus;
import org.thbhub.report.CountryProfileData;
import org.thbhub.report.ObsStatus;
import org.thbhub.report.Observation;
import org.thbhub.report.PolicyStatus;
import org.thbhub.report.Region;
import org.thbhub.report.ReportDocument;
import org.thbhub.report.ReportFormat;
import org.thbhub.report.ReportRenderer;
import org.thbhub.report.ReportTable;
import org.thbhub.report.ReportValue;
import org.thbhub.report.TrendReportComposer;
import org.thbhub.report.TrendReportData;
import org.thbhub.report.data.ReportDatabase.Kind;

/** The report queries on the real migrations, on H2 and on PostgreSQL, down to the documents. */
class ReportQueriesTest {

    static final TrendReportData.Filters YEARS = new TrendReportData.Filters(2018, 2020);
    static final Instant GENERATED = Instant.parse("2024-02-01T12:00:00Z");
    static final String ALL_REPORTING = "Detected victims, all reporting States";

    private static final ReportRenderer RENDERER = new ReportRenderer();

    private final ReportFixture fixture = new ReportFixture();
    private final List<ReportQueries> opened = new ArrayList<>();

    private ReportQueries stored(Kind kind) {
        ReportDatabase db = ReportDatabase.fresh(kind);
        fixture.store(db);
        return queries(db);
    }

    private ReportQueries queries(ReportDatabase db) {
        ReportQueries queries = new ReportQueries(db.dataSource);
        opened.add(queries);
        return queries;
    }

    @AfterEach
    void giveConnectionsBack() {
        opened.forEach(ReportQueries::close);
    }

    private static List<Region> regions(ReportQueries queries, String... codes) {
        Map<String, Region> all = queries.regions();
        return List.of(codes).stream().map(all::get).toList();
    }

    private static TrendReportData trend(ReportQueries queries, Optional<Instant> asOf) {
        return queries.trend(regions(queries, "151", "155"), YEARS, asOf, GENERATED, "test");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void regionByYearTotalsAreTheSumsOfThePublishedCurrentStateTotals(Kind kind) {
        TrendReportData data = trend(stored(kind), Optional.empty());

        ReportTable table = table(TrendReportComposer.compose(data), ALL_REPORTING);

        assertThat(numbers(table, "Western Europe")).isEqualTo(fixture.victims("155", 2018, 2020));
        assertThat(numbers(table, "Eastern Europe")).isEqualTo(fixture.victims("151", 2018, 2020));
        // worked out by hand once, so that the fixture's own sum is checked too
        assertThat(numbers(table, "Western Europe"))
                .containsExactly(
                        Map.entry("2018", 750L), Map.entry("2019", 540L), Map.entry("2020", 390L));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void citizenshipOfOtherCountriesIsFoldedIntoForeignAndTheOwnIntoNationals(Kind kind) {
        ReportQueries queries = stored(kind);
        Map<String, Cell> aut = citizenship(queries, "AUT", 2020);
        Map<String, Cell> deu = citizenship(queries, "DEU", 2019);
        Map<String, Cell> hun = citizenship(queries, "HUN", 2020);

        assertThat(aut.keySet()).containsExactlyInAnyOrder("NAT", "FOR", "STLS");
        assertThat(aut.get("NAT")).isEqualTo(Cell.of(40));
        assertThat(aut.get("FOR").value()).isEqualTo(15L);
        assertThat(aut.get("FOR").flags()).containsExactly(ObsStatus.P);
        assertThat(aut.get("FOR").isPrintable()).isTrue();

        assertThat(deu).containsOnlyKeys("NAT", "FOR");
        assertThat(deu.get("FOR")).isEqualTo(Cell.of(200));

        assertThat(hun.get("NAT")).isEqualTo(Cell.of(20));
        assertThat(hun.get("FOR").isSuppressed()).isTrue();
        assertThat(hun.get("FOR").conf()).isEqualTo(ConfStatus.C);
        assertThat(hun.get("FOR").value()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyTotalsAndSingleDimensionBreakdownsOfVictimsAreRead(Kind kind) {
        ReportQueries queries = stored(kind);
        List<Observation> aut =
                queries.observations(List.of(CountryCode.of("AUT")), YEARS, Optional.empty());

        assertThat(aut)
                .filteredOn(o -> o.indicator().equals("PROS"))
                .extracting(Observation::breakdown)
                .containsExactly(Breakdown.TOTAL);
        assertThat(aut)
                .filteredOn(o -> o.breakdown().equals(Breakdown.sex("F")))
                .extracting(o -> o.cell().value())
                .containsExactly(80L);
        assertThat(aut)
                .filteredOn(o -> o.breakdown().equals(Breakdown.age("Y_LT18")))
                .singleElement()
                .satisfies(o -> assertThat(o.cell().isSuppressed()).isTrue());
        Map<String, Long> keys =
                aut.stream()
                        .collect(
                                Collectors.groupingBy(
                                        o -> o.indicator() + o.breakdown() + o.year(),
                                        Collectors.counting()));
        assertThat(keys.values()).as("one value per key").containsOnly(1L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void asOfReadsTheVintageInForceThen(Kind kind) {
        ReportQueries queries = stored(kind);
        Instant between = WITHDRAWN.minus(Duration.ofDays(1));

        TrendReportData then = trend(queries, Optional.of(between));
        TrendReportData now = trend(queries, Optional.empty());
        TrendReportData before = trend(queries, Optional.of(EARLIER.minusSeconds(1)));

        assertThat(total(then, "AUT", 2019)).isEqualTo(Cell.of(ReportFixture.AUT_2019_OLD));
        assertThat(total(then, "ROU", 2019)).isEqualTo(Cell.of(15));
        assertThat(total(then, "AUT", 2020)).isEqualTo(Cell.missing());
        assertThat(then.asOf()).isEqualTo(between);
        assertThat(then.policy())
                .extracting(PolicyStatus::refArea, PolicyStatus::year, PolicyStatus::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                CountryCode.of("AUT"), 2019, PolicyStatus.Status.PARTIAL));

        assertThat(total(now, "AUT", 2019)).isEqualTo(Cell.of(120));
        assertThat(total(now, "ROU", 2019)).isEqualTo(Cell.missing());
        assertThat(now.asOf()).isEqualTo(LOADED);

        assertThat(before.observations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDataStandAtTheirLatestArrivalOrWithdrawalInScope(Kind kind) {
        ReportDatabase db = ReportDatabase.fresh(kind);
        fixture.store(db);
        ReportQueries queries = queries(db);
        assertThat(trend(queries, Optional.empty()).asOf()).isEqualTo(LOADED);

        // a cross-tabulation and a year outside the range are not what the report reads
        Instant later = LOADED.plus(Duration.ofDays(2));
        UUID outOfScope = db.submission("AUT", later, "AUT-cross.csv");
        db.insert(
                outOfScope,
                List.of(
                        ReportDatabase.row("AUT", "VICT", 2020, 3)
                                .sex("M")
                                .age("Y_LT18")
                                .valid(later, null),
                        ReportDatabase.row("AUT", "VICT", 2017, 3).valid(later, null)));
        assertThat(trend(queries, Optional.empty()).asOf()).isEqualTo(LOADED);

        // a withdrawal in scope moves it, though no value came in
        Instant withdrawnLater = LOADED.plus(Duration.ofDays(1));
        db.update(
                "update observation set valid_to = ?, current_key = null"
                        + " where ref_area = 'FRA' and time_period = 2020",
                ReportDatabase.utc(withdrawnLater));
        TrendReportData after = trend(queries, Optional.empty());
        assertThat(after.asOf()).isEqualTo(withdrawnLater);
        assertThat(total(after, "FRA", 2020)).isEqualTo(Cell.missing());
        assertThat(queries.dataAsOf(List.of(CountryCode.of("FRA")), YEARS))
                .contains(withdrawnLater);
        assertThat(queries.dataAsOf(List.of(CountryCode.of("VAT")), YEARS)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void policyIsEachStatesLatestStatusUpToTheEndOfTheRange(Kind kind) {
        ReportQueries queries = stored(kind);
        List<CountryCode> states = List.of(CountryCode.of("AUT"), CountryCode.of("DEU"));

        assertThat(queries.latestPolicy(states, 2020, Optional.empty()))
                .extracting(
                        p -> p.refArea() + " " + p.policyItem() + " " + p.year() + " " + p.status())
                .containsExactly(
                        "DEU NAT_COORD 2019 YES", "AUT NAP 2019 YES", "AUT NRM_FUNC 2020 YES");
        assertThat(queries.latestPolicy(states, 2018, Optional.empty()))
                .extracting(p -> p.refArea() + " " + p.policyItem() + " " + p.status())
                .containsExactly("AUT NAP NO");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void referenceDataComeFromTheMigrations(Kind kind) {
        ReportQueries queries = stored(kind);

        Map<String, Region> regions = queries.regions();
        assertThat(regions).containsKeys("151", "155", "143", "021").hasSize(8);
        assertThat(new HashSet<>(regions.values().stream().map(Region::colour).toList()))
                .as("every region its own colour")
                .hasSize(8);
        assertThat(queries.states(List.of("155")))
                .extracting(s -> s.code().iso3())
                .containsExactly("AUT", "BEL", "FRA", "DEU", "LIE", "LUX", "MCO", "NLD", "CHE");
        assertThat(queries.labels().of("OTH")).isEqualTo("Other forms of exploitation");
        assertThat(queries.labels().of("NAP")).isNotEqualTo("NAP");
        assertThat(queries.labels().of("VICT")).startsWith("Victims");
        assertThat(queries.labels().inOrder("EXPL", Set.of("UNK", "LAB_EXP", "ZZZ", "SEX_EXP")))
                .as("the code list's sort order, then codes it does not have")
                .containsExactly("SEX_EXP", "LAB_EXP", "UNK", "ZZZ");
        assertThat(queries.labels().inOrder("SEX", Set.of("UNK", "M", "F")))
                .containsExactly("F", "M", "UNK");
        assertThat(queries.latestYear(List.of(CountryCode.of("AUT")), Optional.empty()))
                .hasValue(2020);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCountryProfileReadsOneStateAndItsSubmissions(Kind kind) {
        ReportQueries queries = stored(kind);
        var austria = queries.state(CountryCode.of("AUT")).orElseThrow();

        CountryProfileData profile =
                queries.countryProfile(austria, YEARS, Optional.empty(), GENERATED, "test");

        assertThat(profile.region().name()).isEqualTo("Western Europe");
        assertThat(profile.observations()).isNotEmpty();
        assertThat(profile.submissions())
                .extracting(s -> s.fileName())
                .containsExactly("AUT-2020.csv", "AUT-2019.csv");
        assertThat(profile.policy())
                .extracting(p -> p.policyItem() + " " + p.year() + " " + p.status())
                .containsExactly("NAP 2018 NO", "NAP 2019 YES", "NRM_FUNC 2020 YES");
        byte[] pdf = render(profile, ReportFormat.PDF);
        assertThat(pdfText(pdf)).contains("Austria").doesNotContain("55,555", "55555");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void noSuppressedValueIsPrintedInThePdf(Kind kind) throws IOException {
        TrendReportData data = trend(stored(kind), Optional.empty());

        String text = pdfText(render(data, ReportFormat.PDF));

        assertThat(text).contains("Western Europe", "Eastern Europe");
        for (long secret : List.of(ReportFixture.SECRET_TOTAL, ReportFixture.SECRET_CHILDREN)) {
            assertThat(text)
                    .doesNotContain(String.format(java.util.Locale.UK, "%,d", secret))
                    .doesNotContain(Long.toString(secret));
        }
        assertThat(text).contains("<5");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void xlsxCellsAreNumbers(Kind kind) throws IOException {
        TrendReportData data = trend(stored(kind), Optional.empty());

        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(render(data, ReportFormat.XLSX)))) {
            Row western = rowAfter(workbook, ALL_REPORTING, "Western Europe");
            Map<String, Long> expected = fixture.victims("155", 2018, 2020);
            int column = 1;
            for (long value : expected.values()) {
                var cell = western.getCell(column++);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) cell.getNumericCellValue()).isEqualTo(value);
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Map<String, Cell> citizenship(ReportQueries queries, String iso3, int year) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        queries.observations(List.of(CountryCode.of(iso3)), YEARS, Optional.empty()).stream()
                .filter(o -> o.year() == year)
                .filter(o -> o.breakdown().dimension() == Breakdown.Dimension.CITIZEN)
                .forEach(o -> cells.put(o.breakdown().code(), o.cell()));
        return cells;
    }

    private static Cell total(TrendReportData data, String iso3, int year) {
        return data.observations().stream()
                .filter(o -> o.refArea().iso3().equals(iso3))
                .filter(o -> o.indicator().equals("VICT"))
                .filter(o -> o.breakdown().equals(Breakdown.TOTAL))
                .filter(o -> o.year() == year)
                .map(Observation::cell)
                .findFirst()
                .orElse(Cell.missing());
    }

    static ReportTable table(ReportDocument document, String title) {
        return document.sections().stream()
                .flatMap(s -> s.tables().stream())
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, Long> numbers(ReportTable table, String rowLabel) {
        ReportTable.Row row =
                table.rows().stream()
                        .filter(r -> r.label().equals(rowLabel))
                        .findFirst()
                        .orElseThrow();
        Map<String, Long> byColumn = new LinkedHashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ReportValue value = row.values().get(c);
            byColumn.put(
                    table.columns().get(c),
                    value.number() == null ? null : Math.round(value.number()));
        }
        return byColumn;
    }

    static byte[] render(Object data, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (data instanceof TrendReportData trend) {
            RENDERER.render(trend, format, out);
        } else {
            RENDERER.render((CountryProfileData) data, format, out);
        }
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row labelled {@code label} of the first table titled {@code title} in any sheet. */
    private static Row rowAfter(XSSFWorkbook workbook, String title, String label) {
        for (Sheet sheet : workbook) {
            boolean inTable = false;
            for (Row row : sheet) {
                var first = row.getCell(0);
                String text =
                        first == null || first.getCellType() != CellType.STRING
                                ? ""
                                : first.getStringCellValue();
                if (text.equals(title)) {
                    inTable = true;
                } else if (inTable && text.equals(label)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + label + " under " + title);
    }
}
