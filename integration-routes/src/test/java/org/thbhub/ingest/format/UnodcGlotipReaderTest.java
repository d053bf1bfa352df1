package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.ImportMode;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.Severity;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationOutcome;
import org.thbhub.validation.ValidationReport;

/**
 * The real UNODC export, checked against what this test finds by scanning the raw file on its own
 * (a plain split on commas outside quotes, no shared code with the reader).
 */
class UnodcGlotipReaderTest {

    private static final Pattern SPLIT = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    private static List<String[]> raw;
    private static ValidationReport csvReport;
    private static TestSupport.Collected csvRows;
    private static UnodcGlotipReader.Summary csvSummary;

    @BeforeAll
    static void readCsvOnce() throws IOException {
        List<String> lines = Files.readAllLines(csvFile(), StandardCharsets.UTF_8);
        raw = new ArrayList<>();
        for (String l : lines) {
            String[] f = SPLIT.split(l, -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].startsWith("\"") ? f[i].substring(1, f[i].length() - 1) : f[i];
            }
            raw.add(f);
        }
        csvReport = new ValidationReport(100_000);
        csvRows = new TestSupport.Collected();
        try (InputStream in = Files.newInputStream(csvFile())) {
            csvSummary =
                    new UnodcGlotipReader(TestSupport.OSCE, ReadLimits.defaults())
                            .readCsv(in, csvRows, csvReport);
        }
    }

    private static Path csvFile() {
        return TestSupport.dataDir().resolve("unodc-glotip/data_glotip.csv");
    }

    /** Raw data lines (1-based physical line -> fields), preamble and header left out. */
    private static Map<Integer, String[]> dataLines() {
        Map<Integer, String[]> m = new HashMap<>();
        for (int i = 3; i < raw.size(); i++) {
            m.put(i + 1, raw.get(i));
        }
        return m;
    }

    private static boolean osce(String iso3) {
        return CountryCode.isWellFormed(iso3) && TestSupport.OSCE.contains(CountryCode.of(iso3));
    }

    @Test
    void countsOfSkippedAndRefusedRowsMatchTheRawFile() {
        int noIso = 0;
        int otherCountry = 0;
        Set<String> otherCountries = new HashSet<>();
        int repatriation = 0;
        for (String[] f : dataLines().values()) {
            if (f[0].isBlank()) {
                noIso++;
            } else if (!osce(f[0])) {
                otherCountry++;
                otherCountries.add(f[0]);
            } else if (f[5].equals("by country of repatriation")) {
                repatriation++;
            }
        }
        assertThat(csvSummary.dataRows()).isEqualTo(46_556);
        assertThat(noIso).isEqualTo(26);
        assertThat(csvReport.count(ProblemCode.UNODC_COUNTRY_MISSING)).isEqualTo(noIso);
        assertThat(csvSummary.countrySkipped()).isEqualTo(otherCountry);
        assertThat(csvSummary.skippedCountries()).isEqualTo(otherCountries.size());
        assertThat(csvSummary.breakdownSkipped()).isEqualTo(repatriation);
        assertThat(csvSummary.refused())
                .isEqualTo(noIso + (int) csvReport.count(ProblemCode.UNODC_CATEGORY_UNMAPPED));
        assertThat(csvSummary.rowsHandedOn())
                .isEqualTo(46_556 - otherCountry - repatriation - csvSummary.refused());
        assertThat(csvRows.observations).hasSize(csvSummary.rowsHandedOn());
        Problem skipped =
                csvReport.snapshot().problems().stream()
                        .filter(p -> p.code() == ProblemCode.UNODC_COUNTRY_SKIPPED)
                        .findFirst()
                        .orElseThrow();
        assertThat(skipped.message())
                .isEqualTo(
                        otherCountry
                                + " rows of "
                                + otherCountries.size()
                                + " countries outside the OSCE were skipped.");
    }

    @Test
    void everyOsceRowIsHandedOnWithItsValueOrRefusedWithAProblem() {
        Map<Integer, ObservationRow> byLine = new HashMap<>();
        for (ObservationRow r : csvRows.observations) {
            byLine.put(r.position().line(), r);
        }
        Set<Integer> refusedLines = new HashSet<>();
        for (Problem p : csvReport.snapshot().problems()) {
            if (p.code() == ProblemCode.UNODC_CATEGORY_UNMAPPED) {
                refusedLines.add(p.line());
            }
        }
        int suppressed = 0;
        for (Map.Entry<Integer, String[]> e : dataLines().entrySet()) {
            String[] f = e.getValue();
            if (!osce(f[0]) || f[5].equals("by country of repatriation")) {
                assertThat(byLine).doesNotContainKey(e.getKey());
                continue;
            }
            if (refusedLines.contains(e.getKey())) {
                assertThat(byLine).doesNotContainKey(e.getKey());
                continue;
            }
            ObservationRow r = byLine.get(e.getKey());
            assertThat(r).as("line %d", e.getKey()).isNotNull();
            assertThat(r.refArea()).isEqualTo(f[0]);
            assertThat(r.timePeriod()).isEqualTo(f[9]);
            if (f[11].equals("<5")) {
                suppressed++;
                assertThat(r.obsValue()).isEmpty();
                assertThat(r.confStatus()).isEqualTo("A");
            } else {
                assertThat(r.obsValue()).isEqualTo(f[11].replace(",", ""));
                assertThat(r.confStatus()).isEmpty();
            }
        }
        assertThat(suppressed).isGreaterThan(10_000);
        // the free-text citizenship the README warns of is refused, not guessed
        assertThat(csvReport.snapshot().problems())
                .anyMatch(p -> p.message().equals("Category '97 albanian' has no THB Hub code."));
    }

    @Test
    void victimTotalsOfSeveralCountriesAreThoseOfTheRawFile() {
        for (String[] key :
                new String[][] {
                    {"AUT", "2019"}, {"DEU", "2018"}, {"ROU", "2020"}, {"GBR", "2017"}
                }) {
            Set<String> expected = new HashSet<>();
            for (String[] f : dataLines().values()) {
                if (f[0].equals(key[0])
                        && f[4].equals("Detected trafficking victims")
                        && f[5].equals("Total")
                        && f[7].equals("Total")
                        && f[8].equals("Total")
                        && f[9].equals(key[1])) {
                    expected.add(f[11].replace(",", ""));
                }
            }
            Set<String> actual = new HashSet<>();
            for (ObservationRow r : csvRows.observations) {
                if (r.refArea().equals(key[0])
                        && r.indicator().equals("VICT")
                        && r.sex().equals("_T")
                        && r.age().equals("_T")
                        && r.citizen().equals("_T")
                        && r.expl().equals("_T")
                        && r.timePeriod().equals(key[1])) {
                    actual.add(r.obsValue());
                }
            }
            assertThat(expected).as("%s %s", key[0], key[1]).isNotEmpty();
            assertThat(actual).as("%s %s", key[0], key[1]).isEqualTo(expected);
        }
    }

    @Test
    void thousandsSeparatorsAreRemoved() {
        int line = -1;
        for (Map.Entry<Integer, String[]> e : dataLines().entrySet()) {
            if (e.getValue()[11].equals("1,282")) {
                line = e.getKey();
            }
        }
        assertThat(line).isPositive();
        int l = line;
        assertThat(csvRows.observations)
                .filteredOn(r -> r.position().line() == l)
                .extracting(ObservationRow::obsValue)
                .containsExactly("1282");
    }

    @Test
    void unCountryNamesMapToAlpha3() {
        Set<String> citizens = new HashSet<>();
        csvRows.observations.forEach(r -> citizens.add(r.citizen()));
        assertThat(citizens).contains("NAT", "MDA", "NLD", "RUS", "ALB", "UKR", "_T");
    }

    @Test
    void theXlsxGivesTheSameRowsAsTheCsv() throws IOException {
        ValidationReport report = new ValidationReport(100_000);
        TestSupport.Collected rows = new TestSupport.Collected();
        UnodcGlotipReader.Summary summary =
                new UnodcGlotipReader(TestSupport.OSCE, ReadLimits.defaults())
                        .readXlsx(
                                TestSupport.dataDir().resolve("unodc-glotip/data_glotip.xlsx"),
                                rows,
                                report);
        assertThat(summary).isEqualTo(csvSummary);
        assertThat(rows.observations).hasSameSizeAs(csvRows.observations);
        for (int i = 0; i < rows.observations.size(); i++) {
            ObservationRow x = rows.observations.get(i);
            ObservationRow c = csvRows.observations.get(i);
            assertThat(x.position().sheet()).isEqualTo("data_glotip_1");
            assertThat(x.position().sheetRow()).isEqualTo(c.position().line());
            assertThat(
                            List.of(
                                    x.refArea(),
                                    x.indicator(),
                                    x.sex(),
                                    x.age(),
                                    x.citizen(),
                                    x.expl(),
                                    x.timePeriod(),
                                    x.obsValue(),
                                    x.confStatus()))
                    .isEqualTo(
                            List.of(
                                    c.refArea(),
                                    c.indicator(),
                                    c.sex(),
                                    c.age(),
                                    c.citizen(),
                                    c.expl(),
                                    c.timePeriod(),
                                    c.obsValue(),
                                    c.confStatus()));
        }
        assertThat(report.snapshot().errorCount()).isEqualTo(csvReport.snapshot().errorCount());
        Problem first = report.snapshot().problems().get(0);
        assertThat(first.sheet()).isEqualTo("data_glotip_1");
        assertThat(first.cell()).matches("[A-M][0-9]+");
    }

    @Test
    void theValidatedImportRefusesConflictsAndOnlyWarnsOfSums() throws IOException {
        ValidationReport report = new ValidationReport(100_000);
        SubmissionValidator validator =
                new SubmissionValidator(
                        TestSupport.CODE_LISTS,
                        new ValidationContext(
                                java.util.Optional.empty(), ImportKind.UNODC_BASELINE, 2025),
                        report);
        try (InputStream in = Files.newInputStream(csvFile())) {
            new UnodcGlotipReader(TestSupport.OSCE, ReadLimits.defaults())
                    .readCsv(in, validator, report);
        }
        ValidationOutcome outcome = validator.finish();
        assertThat(outcome.observationRows()).isEqualTo(csvSummary.rowsHandedOn());
        assertThat(report.count(ProblemCode.CONFLICTING_DUPLICATE)).isPositive();
        assertThat(report.count(ProblemCode.PARTS_EXCEED_TOTAL)).isPositive();
        assertThat(report.snapshot().problems())
                .filteredOn(p -> p.code() == ProblemCode.PARTS_EXCEED_TOTAL)
                .allMatch(p -> p.severity() == Severity.WARNING);
        long conflicts = report.count(ProblemCode.CONFLICTING_DUPLICATE);
        long duplicates = report.count(ProblemCode.DUPLICATE_KEY);
        assertThat(outcome.observationsToStore())
                .isEqualTo(outcome.observationRows() - (int) conflicts - (int) duplicates);
        assertThat(outcome.acceptedIn(ImportMode.LENIENT)).isTrue();
        System.out.printf(
                "UNODC import: %d handed on, %d stored, %d conflicting, %d duplicate,"
                        + " %d parts-exceed warnings, %d unmapped%n",
                outcome.observationRows(),
                outcome.observationsToStore(),
                conflicts,
                duplicates,
                report.count(ProblemCode.PARTS_EXCEED_TOTAL),
                report.count(ProblemCode.UNODC_CATEGORY_UNMAPPED));
    }
}
