package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportRenderingTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/x\",\"click\")";

    private static final List<String> PLANTED_NUMBERS =
            List.of("54,321", "54321", "4,321", "4321", "5,678", "5678");

    @Test
    void trendPdfStatesItsFindingsAndHidesSuppressedValues() throws IOException {
        byte[] pdf = RenderedDocuments.render(RENDERER, SampleReports.trend(), ReportFormat.PDF);

        RenderedDocuments.Pdf read = RenderedDocuments.readPdf(pdf, "trend", 40);
        String text = read.text();

        assertThat(read.pageTexts().get(0))
                .contains(
                        "THB trend overview",
                        "Years: 2012\u20132019",
                        "Central Asia (143)",
                        "Data as of " + SampleReports.AS_OF_TEXT,
                        "Generated at 2024-03-16 14:05 UTC",
                        "How to read this report");
        assertThat(text)
                .contains(
                        "Among the 5 States of Central Asia that",
                        "Forms of exploitation",
                        "Profiles of detected victims",
                        "Criminal justice response",
                        "Emerging patterns",
                        "Coverage and quality",
                        "Building blocks of the national response");
        for (int page = 0; page < read.pages(); page++) {
            assertThat(read.pageTexts().get(page))
                    .as("footer of page %d", page + 1)
                    .containsPattern("Page " + (page + 1) + " of\\s+" + read.pages())
                    .contains("data as of " + SampleReports.AS_OF_TEXT);
        }
        assertThat(text).containsPattern("\\d{1,3},\\d{3}");
        assertThat(text).contains("<5", " c", "Source: " + SampleReports.SOURCE);
        for (String planted : PLANTED_NUMBERS) {
            assertThat(text).as("suppressed value %s", planted).doesNotContain(planted);
        }
    }

    @Test
    void pdfFontsAreEmbedded() throws IOException {
        byte[] pdf =
                RenderedDocuments.render(
                        RENDERER, SampleReports.profile("AUT", Map.of()), ReportFormat.PDF);

        List<String> notEmbedded = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
        }
        assertThat(notEmbedded).isEmpty();
    }

    @Test
    void profilePdfShowsSecondarySuppression() throws IOException {
        byte[] pdf =
                RenderedDocuments.render(
                        RENDERER, SampleReports.profile("AUT", Map.of()), ReportFormat.PDF);

        String text = RenderedDocuments.readPdf(pdf, "profile-aut", 6).text();

        assertThat(text)
                .contains(
                        "Country profile: Austria",
                        "Detected victims in Austria rose by 4% in 2019",
                        "9,999",
                        "Submissions",
                        "AUT-2023.csv");
        assertThat(text).doesNotContain("4,321", "5,678", "4321", "5678");
    }

    @Test
    void profileOfASmallCountShowsTheMarkerAndHidesTheDerivablePart() throws IOException {
        CountryProfileData moldova = SampleReports.profile("MDA", Map.of());
        ReportDocument document = CountryProfileComposer.compose(moldova);
        ReportTable byAge =
                document.sections().get(1).tables().stream()
                        .filter(t -> t.title().equals("Detected victims by age"))
                        .findFirst()
                        .orElseThrow();
        int year2019 = byAge.columns().indexOf("2019");

        Map<String, String> printed = new java.util.HashMap<>();
        byAge.rows().forEach(r -> printed.put(r.label(), r.values().get(year2019).text()));

        assertThat(printed)
                .containsEntry("Children (under 18)", "<5")
                .containsEntry("Unknown", "c")
                .containsEntry("Adults", "200")
                .containsEntry("Total", "220");
    }

    @Test
    void trendWorkbookHasNumericCellsOneSheetPerSectionAndNoFormula() throws IOException {
        TrendReportData data = SampleReports.trend();
        byte[] xlsx = RenderedDocuments.render(RENDERER, data, ReportFormat.XLSX);

        try (XSSFWorkbook workbook = RenderedDocuments.readXlsx(xlsx)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .containsExactly(
                            "About",
                            "Scale - detected victims",
                            "Forms of exploitation",
                            "Profiles of detected victims",
                            "Criminal justice response",
                            "Emerging patterns",
                            "Coverage and quality",
                            "Building blocks of the national");
            int numeric = 0;
            List<String> markers = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numeric++;
                            assertThat(cell.getNumericCellValue())
                                    .isNotIn(54_321.0, 4_321.0, 5_678.0);
                        } else if (cell.getCellType() == CellType.STRING) {
                            markers.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(numeric).isGreaterThan(500);
            assertThat(markers).contains("<5", "c");

            Sheet scale = workbook.getSheet("Scale - detected victims");
            Row centralAsia = findRow(scale, "Detected victims, constant panel", "Central Asia");
            org.apache.poi.ss.usermodel.Cell y2019 = centralAsia.getCell(8);
            org.apache.poi.ss.usermodel.Cell y2018 = centralAsia.getCell(7);
            assertThat(y2019.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2019.getNumericCellValue()).isEqualTo(1_180.0);
            assertThat(y2018.getNumericCellValue()).isEqualTo(1_000.0);
            assertThat(y2019.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void provisionalNumbersStayNumbersWithTheirFlagInTheFormat() throws IOException {
        byte[] xlsx =
                RenderedDocuments.render(
                        RENDERER, SampleReports.profile("DEU", Map.of()), ReportFormat.XLSX);

        try (XSSFWorkbook workbook = RenderedDocuments.readXlsx(xlsx)) {
            Row victims =
                    findRow(workbook.getSheet("Trends"), "Indicators by year", "Detected victims");
            org.apache.poi.ss.usermodel.Cell y2019 = victims.getCell(8);
            assertThat(y2019.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2019.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"p\"");
        }
    }

    @Test
    void csvNeutralisesFormulasInNamesAndFileNames() {
        CountryProfileData hostile =
                SampleReports.profile(
                        "KAZ", Map.of("KAZ", HOSTILE, "file", "@SUM(1+1)*cmd|' /C calc'!A0"));
        String csv =
                RenderedDocuments.text(
                        RenderedDocuments.render(RENDERER, hostile, ReportFormat.CSV));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")");
        assertThat(csv).contains("\"'@SUM(1+1)*cmd|' /C calc'!A0\"");
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(",")) {
                assertThat(field).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
        }
    }

    @Test
    void trendCsvIsTidyAndHidesSuppressedValues() {
        TrendReportData data =
                SampleReports.trend(
                        Set.of("143", "151", "155", "039"), 2012, 2019, Map.of("SRB", HOSTILE));
        String csv =
                RenderedDocuments.text(RenderedDocuments.render(RENDERER, data, ReportFormat.CSV));
        String[] lines = csv.split("\r\n");

        assertThat(lines[0]).isEqualTo("\uFEFFsection,table,row,column,value,marker,text");
        assertThat(csv)
                .contains(
                        "Scale: detected victims,\"Detected victims, constant panel of each region")
                .contains(",Central Asia,2019,1180,,1,180\r\n".replace(",1,180", ",\"1,180\""))
                .contains("\"'=HYPERLINK(");
        assertThat(csv).doesNotContain("54321", "4321", "5678");
        assertThat(csv).contains(",,<5,<5");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyReportRendersInEveryFormat(ReportFormat format) {
        byte[] trend = RenderedDocuments.render(RENDERER, SampleReports.trend(), format);
        byte[] profile =
                RenderedDocuments.render(RENDERER, SampleReports.profile("UKR", Map.of()), format);

        assertThat(trend.length).isGreaterThan(1_000);
        assertThat(profile.length).isGreaterThan(1_000);
        switch (format) {
            case PDF -> assertThat(new String(trend, 0, 5)).isEqualTo("%PDF-");
            case XLSX -> assertThat(new String(trend, 0, 2)).isEqualTo("PK");
            case CSV ->
                    assertThat(RenderedDocuments.text(profile))
                            .contains("Country profile: Ukraine");
            case HTML -> assertThat(RenderedDocuments.text(profile)).contains("<table>");
        }
    }

    @Test
    void aSectionWithoutDataSaysSoInOneSentenceAndDrawsNoChartNorTable() throws IOException {
        TrendReportData full = SampleReports.trend();
        TrendReportData withoutPolicyOrRecruitment =
                new TrendReportData(
                        full.filters(),
                        full.asOf(),
                        full.generatedAt(),
                        full.regions(),
                        full.states(),
                        full.observations().stream()
                                .filter(
                                        o ->
                                                o.breakdown().dimension()
                                                        != Breakdown.Dimension.RECRUIT)
                                .toList(),
                        List.of(),
                        full.labels(),
                        full.source());
        ReportDocument document = TrendReportComposer.compose(withoutPolicyOrRecruitment);
        ReportSection blocks =
                document.sections().stream()
                        .filter(s -> s.id().equals("building-blocks"))
                        .findFirst()
                        .orElseThrow();

        assertThat(blocks.charts()).isEmpty();
        assertThat(blocks.tables()).isEmpty();
        assertThat(blocks.headline())
                .isEqualTo(
                        "No State of the selected regions reported the status of its building"
                                + " blocks up to 2019; this section fills once States submit"
                                + " THB_POLICY data.");
        ReportSection emerging =
                document.sections().stream()
                        .filter(s -> s.id().equals("emerging"))
                        .findFirst()
                        .orElseThrow();
        // the online table had nothing but "..": left out, and so is its chart
        assertThat(emerging.tables())
                .extracting(ReportTable::title)
                .doesNotContain("Share of detected victims recruited online (%)");
        assertThat(emerging.charts()).isEmpty();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RENDERER.write(document, ReportFormat.PDF, out);
        RenderedDocuments.Pdf read =
                RenderedDocuments.readPdf(out.toByteArray(), "trend-empty-sections", 0);
        String last = read.pageTexts().get(read.pages() - 1);
        assertThat(read.text())
                .contains("Building blocks of the national response")
                .doesNotContain("Latest status by building block", "States by latest status")
                .doesNotContain("Recruited online (%)");
        // the empty section follows the one before it (the coverage grid): no page of its own
        assertThat(last).contains("\u2713", "No State of the selected regions reported the status");
    }

    @Test
    void rowsAndColumnsWithNothingReportedAreLeftOutAndNamed() {
        Texts texts = Texts.english();
        ReportTable table =
                new ReportTable(
                        "t",
                        "Region",
                        List.of("2003", "2004", "2005", "2006"),
                        List.of(
                                new ReportTable.Row(
                                        "A",
                                        false,
                                        List.of(
                                                ReportValue.missing(),
                                                ReportValue.missing(),
                                                ReportValue.count(Cell.of(5)),
                                                ReportValue.missing())),
                                new ReportTable.Row(
                                        "B",
                                        false,
                                        List.of(
                                                ReportValue.missing(),
                                                ReportValue.missing(),
                                                ReportValue.missing(),
                                                ReportValue.missing()))));
        ReportTable pruned = table.pruned(texts);

        assertThat(pruned.columns()).containsExactly("2005");
        assertThat(pruned.rows()).extracting(ReportTable.Row::label).containsExactly("A");
        assertThat(pruned.note())
                .isEqualTo("Left out, nothing reported: B; 2003\u20132004 and 2006.");
        assertThat(table.pruned(Texts.of("ru")).note())
                .isEqualTo("Не показаны (нет данных): B; 2003\u20132004 и 2006.");
    }

    @Test
    void htmlHasRealTablesAndEscapesText() {
        TrendReportData data =
                SampleReports.trend(
                        Set.of("143", "151", "155", "039"),
                        2012,
                        2019,
                        Map.of("SRB", "<script>alert(1)</script>"));
        String html =
                RenderedDocuments.text(RenderedDocuments.render(RENDERER, data, ReportFormat.HTML));

        assertThat(html)
                .contains("<table><caption>Detected victims, all reporting States</caption>")
                .contains("<th scope=\"row\">Central Asia</th>")
                .contains(
                        "Among the 5 States of Central Asia that reported both 2018 and 2019,"
                                + " detected victims rose by 8% in 2019")
                .contains("&lt;5")
                .contains("data:image/png;base64,")
                .contains("Data as of " + SampleReports.AS_OF_TEXT)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
        assertThat(html).doesNotContain("54,321", "4,321", "5,678");
    }

    private static Row findRow(Sheet sheet, String tableTitle, String label) {
        boolean inTable = false;
        for (Row row : sheet) {
            var first = row.getCell(0);
            if (first == null || first.getCellType() != CellType.STRING) {
                continue;
            }
            String text = first.getStringCellValue();
            if (text.startsWith(tableTitle)) {
                inTable = true;
            } else if (inTable && text.equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in table " + tableTitle);
    }
}
