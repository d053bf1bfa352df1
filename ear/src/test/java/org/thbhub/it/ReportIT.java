package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The reports from the running application over the imported UNODC baseline: every report in every
 * format, numbers that match the raw file, suppressed cells never printed as numbers.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    static final List<String> WESTERN_EUROPE =
            List.of("AUT", "BEL", "FRA", "DEU", "LIE", "LUX", "MCO", "NLD", "CHE");
    static final String TRENDS = "/reports/trends?from=2017&to=2019";

    @BeforeAll
    static void baselineIsImported() {
        Answer answer =
                Api.upload(
                        "?filename=data_glotip.csv",
                        User.ANALYST,
                        "text/csv",
                        Fixtures.read(Fixtures.unodcCsv()));
        assertThat(answer.json().get("status").asText()).isIn("ACCEPTED", "DUPLICATE");
    }

    @Test
    void everyReportInEveryFormat() {
        for (String format : List.of("pdf", "xlsx", "csv", "html")) {
            Answer trends = Api.get(TRENDS + "&format=" + format, User.ANALYST);
            assertThat(trends.status()).as(format + " " + trends.body()).isEqualTo(200);
            assertThat(trends.response().body().length).isGreaterThan(500);
            Answer profile =
                    Api.get("/reports/countries/AUT?format=" + format, User.RAPPORTEUR_AUT);
            assertThat(profile.status()).as(format).isEqualTo(200);
        }
        assertThat(Api.get(TRENDS + "&format=pdf", User.ANALYST).contentType())
                .startsWith("application/pdf");
        assertThat(Api.get(TRENDS + "&format=csv", User.ANALYST).contentType())
                .startsWith("text/csv");
    }

    @Test
    void whoMayReadWhichReport() {
        ProblemJsonIT.assertProblem(Api.get(TRENDS, User.GOVERNMENT_AUT), 403);
        ProblemJsonIT.assertProblem(Api.get(TRENDS, User.ANONYMOUS), 401);
        ProblemJsonIT.assertProblem(Api.get("/reports/countries/DEU", User.RAPPORTEUR_AUT), 404);
        ProblemJsonIT.assertProblem(Api.get("/reports/countries/DEU", User.GOVERNMENT_AUT), 404);
        assertThat(Api.get("/reports/countries/AUT", User.GOVERNMENT_AUT).status()).isEqualTo(200);
        assertThat(Api.get("/reports/countries/DEU", User.ANALYST).status()).isEqualTo(200);
    }

    @Test
    void westernEuropeTotalsEqualTheRawFile() throws IOException {
        Map<Integer, Long> expected = rawRegionTotals(WESTERN_EUROPE, 2017, 2019);
        byte[] xlsx = Api.get(TRENDS + "&format=xlsx", User.ANALYST).response().body();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row western =
                    rowAfter(workbook, "Detected victims, all reporting States", "Western Europe");
            for (int year = 2017; year <= 2019; year++) {
                var cell = western.getCell(1 + year - 2017);
                assertThat(cell.getCellType()).as("" + year).isEqualTo(CellType.NUMERIC);
                assertThat((long) cell.getNumericCellValue())
                        .as("" + year)
                        .isEqualTo(expected.get(year));
            }
        }
    }

    @Test
    void thePdfStatesWhatItShowsAndPrintsNoSuppressedValue() throws IOException {
        byte[] pdf = Api.get(TRENDS + "&format=pdf", User.ANALYST).response().body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Western Europe").contains("2017").contains("<5");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Path previews =
                    Path.of(System.getProperty("jboss.home")).resolveSibling("report-previews");
            Files.createDirectories(previews);
            ImageIO.write(first, "png", previews.resolve("trends-page1.png").toFile());
        }
        byte[] profile =
                Api.get("/reports/countries/AUT?format=pdf", User.ANALYST).response().body();
        try (PDDocument document = Loader.loadPDF(profile)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Austria");
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(
                    first,
                    "png",
                    Path.of(System.getProperty("jboss.home"))
                            .resolveSibling("report-previews")
                            .resolve("country-AUT-page1.png")
                            .toFile());
        }
    }

    @Test
    void reportsAreInRussianByLangOrAcceptLanguage() throws IOException {
        Answer trends = Api.get(TRENDS + "&format=pdf&lang=ru", User.ANALYST);
        assertThat(trends.status()).isEqualTo(200);
        assertThat(trends.header("Content-Language")).contains("ru");
        try (PDDocument document = Loader.loadPDF(trends.response().body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Обзор тенденций в сфере торговли людьми", "Западная Европа")
                    .contains("Сексуальная эксплуатация");
        }
        Answer profile =
                Api.getWithHeader(
                        "/reports/countries/AUT?format=html",
                        User.RAPPORTEUR_AUT,
                        "Accept-Language",
                        "ru-RU,ru;q=0.9,en;q=0.5");
        assertThat(profile.header("Content-Language")).contains("ru");
        assertThat(profile.body()).contains("<html lang=\"ru\">", "Профиль страны: Австрия");
        Answer english = Api.get("/reports/countries/AUT?format=html&lang=xx", User.RAPPORTEUR_AUT);
        assertThat(english.body()).contains("Country profile: Austria");
    }

    @Test
    void breakdownsAreLabelledByTheirOwnCodeList() {
        String csv =
                Api.get("/reports/countries/NLD?from=2017&to=2017&format=csv", User.ANALYST).body();

        assertThat(csv).contains("Detected victims by sex,Other,");
        assertThat(csv).doesNotContain("Detected victims by sex,Other forms of exploitation");
        // and a national total is printed, not hidden to protect a lone suppressed part
        assertThat(csv).contains("Detected victims by sex,Total,2017,952");
    }

    /** Sum of the published all-totals detected-victim counts per year, from the raw export. */
    static Map<Integer, Long> rawRegionTotals(List<String> states, int from, int to)
            throws IOException {
        Map<String, Set<String>> values = UnodcImportIT.rawTotals("Detected trafficking victims");
        Map<Integer, Long> totals = new HashMap<>();
        for (int year = from; year <= to; year++) {
            long sum = 0;
            for (String state : states) {
                Set<String> v = values.get(state + ":" + year);
                if (v != null && v.size() == 1 && !v.contains("<5")) {
                    sum += Long.parseLong(v.iterator().next().replace(",", ""));
                }
            }
            totals.put(year, sum);
        }
        return totals;
    }

    static Row rowAfter(XSSFWorkbook workbook, String title, String label) {
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
