package org.thbhub.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.Cell;
import org.thbhub.report.Comparison;
import org.thbhub.report.Observation;
import org.thbhub.report.Region;
import org.thbhub.report.ReportDocument;
import org.thbhub.report.ReportSection;
import org.thbhub.report.ReportTable;
import org.thbhub.report.ReportValue;
import org.thbhub.report.TrendReportComposer;
import org.thbhub.report.TrendReportData;

/**
 * The 2003-2021 trend report over the real UNODC baseline (data/unodc-glotip, loaded through the
 * real reader), read as an analyst would: no headline states a change whose States differ between
 * its two years, the year in which Northern Europe's reporters fell from 10 to 3 gives none, and no
 * "emerging pattern" is a break of definition.
 */
class UnodcBaselineReportTest {

    static final Instant NOW = Instant.parse("2024-02-01T12:00:00Z");
    static final TrendReportData.Filters YEARS = new TrendReportData.Filters(2003, 2021);
    static final String NORTHERN_EUROPE = "154";

    private static ReportDatabase database;
    private static TrendReportData english;
    private static TrendReportData russian;
    private static ReportDocument report;
    private static ReportDocument reportRu;

    @BeforeAll
    static void composeTheReportOverTheBaseline() throws IOException {
        ReportDatabase db = ReportDatabase.fresh(ReportDatabase.Kind.H2);
        database = db;
        TrendReportBenchmarkTest.loadBaseline(db);
        english = load(db, "en");
        russian = load(db, "ru");
        report = TrendReportComposer.compose(english);
        reportRu = TrendReportComposer.compose(russian);
        List<String> lines = new ArrayList<>();
        for (ReportDocument doc : List.of(report, reportRu)) {
            lines.add("== " + doc.title());
            for (ReportSection section : doc.sections()) {
                lines.add(section.title() + ": " + section.headline());
            }
        }
        Path out = Path.of("target", "baseline-headlines.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static TrendReportData load(ReportDatabase db, String language) {
        try (ReportQueries queries =
                new ReportQueries(db.dataSource, ReportQueries.M49_SUBREGION, language)) {
            List<Region> regions = new ArrayList<>(queries.regions().values());
            return queries.trend(regions, YEARS, Optional.empty(), NOW, "UNODC GLOTIP");
        }
    }

    /** The published State totals of the raw data, as stored: (State, indicator, part, year). */
    private static Cell raw(TrendReportData data, Comparison c, CountryCode state, int year) {
        Map<String, Cell> byKey = RAW.computeIfAbsent(data, TrendReportDataIndex::index);
        return byKey.getOrDefault(
                state.iso3() + "|" + c.indicator() + "|" + c.part() + "|" + year, Cell.missing());
    }

    private static final Map<TrendReportData, Map<String, Cell>> RAW = new HashMap<>();

    private static final class TrendReportDataIndex {
        static Map<String, Cell> index(TrendReportData data) {
            Map<String, Cell> byKey = new HashMap<>();
            for (Observation o : data.observations()) {
                byKey.put(
                        o.refArea().iso3()
                                + "|"
                                + o.indicator()
                                + "|"
                                + o.breakdown()
                                + "|"
                                + o.year(),
                        o.cell());
            }
            return byKey;
        }
    }

    @Test
    void everyHeadlineChangeComparesTheSameStatesInBothYearsAndEachOfThemReportedBoth() {
        List<Comparison> all = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            all.addAll(section.comparisons());
        }
        // the scale headline states a change, and it is one of them
        assertThat(report.sections().get(0).comparisons()).isNotEmpty();
        assertThat(all).isNotEmpty();
        for (Comparison c : all) {
            assertThat(c.matched()).as("same States both years: %s", c).isTrue();
            assertThat(c.statesBefore()).as("States compared: %s", c).isNotEmpty();
            for (CountryCode state : c.statesBefore()) {
                assertThat(raw(english, c, state, c.before()).isPrintable())
                        .as("%s published %s in %d (%s)", state, c.indicator(), c.before(), c)
                        .isTrue();
                assertThat(raw(english, c, state, c.after()).isPrintable())
                        .as("%s published %s in %d (%s)", state, c.indicator(), c.after(), c)
                        .isTrue();
            }
        }
    }

    @Test
    void theScaleHeadlineNamesHowManyStatesItComparesAndTheConstantPanelsYears() {
        ReportSection scale = report.sections().get(0);
        Comparison c = scale.comparisons().get(0);

        assertThat(scale.headline())
                .contains(
                        "Among the " + c.statesBefore().size() + " States of ",
                        "that reported both " + c.before() + " and " + c.after())
                .containsPattern(
                        "The constant panel is the \\d+ States that reported in every"
                                + " year \\d{4}\u20132021")
                .doesNotContain("fell by 97%");
        ReportSection scaleRu = reportRu.sections().get(0);
        assertThat(scaleRu.comparisons()).isEqualTo(scale.comparisons());
        assertThat(scaleRu.headline())
                .startsWith("Среди " + c.statesBefore().size() + " государств");
    }

    @Test
    void northernEurope2021IsIncompleteAndGivesNoHeadline() {
        ReportSection scale = report.sections().get(0);
        ReportTable reporters =
                scale.tables().stream()
                        .filter(t -> t.title().startsWith("States reporting detected victims"))
                        .findFirst()
                        .orElseThrow();
        ReportTable.Row northern =
                reporters.rows().stream()
                        .filter(r -> r.label().equals("Northern Europe"))
                        .findFirst()
                        .orElseThrow();
        ReportValue in2021 = northern.values().get(reporters.columns().indexOf("2021"));
        assertThat(in2021.text()).isEqualTo("3i");
        assertThat(northern.values().get(reporters.columns().indexOf("2020")).text())
                .isEqualTo("10");
        for (ReportSection section : report.sections()) {
            for (Comparison c : section.comparisons()) {
                assertThat(c.place().equals(NORTHERN_EUROPE) && c.after() == 2021)
                        .as("%s: %s", section.id(), c)
                        .isFalse();
            }
        }
        assertThat(report.sections().get(5).headline()).contains("Northern Europe 2021");
    }

    /** Shares of a year with few reporters carry its sign too, not only the counts. */
    @Test
    void northernEurope2021IsMarkedIncompleteInTheProfileTables() {
        ReportSection profiles =
                report.sections().stream()
                        .filter(s -> s.id().equals("profiles"))
                        .findFirst()
                        .orElseThrow();
        assertThat(profiles.tables()).hasSize(3);
        int marked = 0;
        for (ReportTable table : profiles.tables()) {
            ReportTable.Row northern =
                    table.rows().stream()
                            .filter(r -> r.label().equals("Northern Europe"))
                            .findFirst()
                            .orElseThrow();
            ReportValue in2021 = northern.values().get(table.columns().indexOf("2021"));
            ReportValue in2020 = northern.values().get(table.columns().indexOf("2020"));
            assertThat(in2020.text()).as(table.title()).doesNotEndWith("i");
            if (in2021.kind() != ReportValue.Kind.MISSING) {
                assertThat(in2021.text()).as(table.title()).endsWith("i");
                marked++;
            }
        }
        // children and women are published for 2021, foreign victims are not
        assertThat(marked).isEqualTo(2);
    }

    @Test
    void noEmergingPatternIsARiseOfMoreThanFivefoldOrFromASmallBase() {
        ReportSection emerging =
                report.sections().stream()
                        .filter(s -> s.id().equals("emerging"))
                        .findFirst()
                        .orElseThrow();
        assertThat(emerging.headline()).doesNotContain("5,481");
        for (ReportTable table : emerging.tables()) {
            if (!table.title().startsWith("Largest")) {
                continue;
            }
            for (ReportTable.Row row : table.rows()) {
                double base = row.values().get(2).number();
                double after = row.values().get(3).number();
                assertThat(base).as(row.label()).isGreaterThanOrEqualTo(20);
                assertThat(after).as(row.label()).isLessThanOrEqualTo(5 * base);
            }
        }
    }

    /** Both PDFs, read back; their first pages and a section page saved for a person to see. */
    @Test
    void bothPdfsReadInTheirLanguage() throws IOException {
        org.thbhub.report.ReportRenderer renderer = new org.thbhub.report.ReportRenderer();
        Path previews = Path.of("target", "report-previews");
        Files.createDirectories(previews);
        for (ReportDocument doc : List.of(report, reportRu)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            renderer.write(doc, org.thbhub.report.ReportFormat.PDF, out);
            String lang = doc.texts().language();
            Files.write(previews.resolve("baseline-trend-" + lang + ".pdf"), out.toByteArray());
            try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                    org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertThat(text).contains(doc.title(), doc.sections().get(0).title());
                var pages = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    javax.imageio.ImageIO.write(
                            pages.renderImageWithDPI(page, 80),
                            "png",
                            previews.resolve(
                                            "baseline-trend-"
                                                    + lang
                                                    + "-page"
                                                    + (page + 1)
                                                    + ".png")
                                    .toFile());
                }
            }
        }
    }

    @Test
    void theAustriaProfileReadsInBothLanguages() throws IOException {
        org.thbhub.report.ReportRenderer renderer = new org.thbhub.report.ReportRenderer();
        Path previews = Path.of("target", "report-previews");
        Files.createDirectories(previews);
        for (String language : List.of("en", "ru")) {
            ReportDocument profile;
            try (ReportQueries queries =
                    new ReportQueries(database.dataSource, ReportQueries.M49_SUBREGION, language)) {
                profile =
                        org.thbhub.report.CountryProfileComposer.compose(
                                queries.countryProfile(
                                        queries.state(CountryCode.of("AUT")).orElseThrow(),
                                        new TrendReportData.Filters(2012, 2021),
                                        Optional.empty(),
                                        NOW,
                                        "UNODC GLOTIP"));
            }
            assertThat(org.thbhub.report.LabelFit.overflowing(profile)).isEmpty();
            assertThat(profile.title())
                    .isEqualTo(
                            language.equals("en")
                                    ? "Country profile: Austria"
                                    : "Профиль страны: Австрия");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            renderer.write(profile, org.thbhub.report.ReportFormat.PDF, out);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                    org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                var pages = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    javax.imageio.ImageIO.write(
                            pages.renderImageWithDPI(page, 80),
                            "png",
                            previews.resolve(
                                            "baseline-AUT-"
                                                    + language
                                                    + "-page"
                                                    + (page + 1)
                                                    + ".png")
                                    .toFile());
                }
            }
        }
    }

    @Test
    void everyLabelFitsItsCellInTwoLinesInBothLanguages() {
        assertThat(org.thbhub.report.LabelFit.overflowing(report)).isEmpty();
        assertThat(org.thbhub.report.LabelFit.overflowing(reportRu)).isEmpty();
    }

    @Test
    void noSectionIsDrawnWithoutData() {
        for (ReportDocument doc : List.of(report, reportRu)) {
            for (ReportSection section : doc.sections()) {
                if (section.tables().isEmpty()) {
                    assertThat(section.charts()).as(section.id()).isEmpty();
                }
                for (ReportTable table : section.tables()) {
                    assertThat(table.rows()).as(table.title()).isNotEmpty();
                    for (ReportTable.Row row : table.rows()) {
                        assertThat(row.values())
                                .as("%s: %s", table.title(), row.label())
                                .anyMatch(v -> v.kind() != ReportValue.Kind.MISSING);
                    }
                    for (int c = 0; c < table.columns().size(); c++) {
                        final int col = c;
                        assertThat(table.rows())
                                .as("%s: column %s", table.title(), table.columns().get(c))
                                .anyMatch(
                                        r ->
                                                r.values().get(col).kind()
                                                        != ReportValue.Kind.MISSING);
                    }
                }
            }
        }
    }
}
