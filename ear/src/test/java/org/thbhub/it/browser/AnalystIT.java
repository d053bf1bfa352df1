package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thbhub.it.Api.User;

/**
 * An analyst sees who delivered what, creates a trend report as a PDF, XLSX and CSV, and imports a
 * UNODC export on its page.
 */
@ExtendWith(ArquillianExtension.class)
class AnalystIT {

    @Test
    void anAnalystOpensCoverageAndDownloadsAPdfReport() throws IOException {
        String tag = Files2.tag();
        Seed.accepted(
                User.RAPPORTEUR_AUT,
                Files2.statCsv(
                        "aut-cov-" + tag + ".csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T,2023,88",
                        "AUT,VICT,_T,_T,_T,_T,_T,2024,,A,A"));

        try (Browser b = new Browser("en")) {
            b.signIn(User.ANALYST);
            b.link("Coverage").click();
            b.waitReady();
            new Select(b.field("Indicator")).selectByValue("VICT");
            b.field("From").clear();
            b.field("From").sendKeys("2022");
            b.field("To").clear();
            b.field("To").sendKeys("2024");
            b.button("Show").click();
            b.until(
                    "the coverage of 2022 to 2024",
                    () -> b.driver.getCurrentUrl().contains("from=2022"));
            b.waitReady();
            WebElement austria =
                    b.driver.findElement(By.xpath("//tr[th[normalize-space(.)='Austria (AUT)']]"));
            var cells = austria.findElements(By.tagName("td"));
            assertThat(cells).hasSize(3);
            assertThat(cells.get(0).getAttribute("textContent")).contains("not reported");
            assertThat(cells.get(0).getAttribute("class")).isEqualTo("missing");
            assertThat(cells.get(1).getText()).contains("delivered");
            assertThat(cells.get(2).getText()).contains("suppressed");
            WebElement western =
                    b.driver.findElement(
                            By.xpath(
                                    "//table[caption[contains(.,'per region') or contains(.,'in the region')]]"
                                            + "//tr[th[normalize-space(.)='Western Europe']]"));
            assertThat(western.findElements(By.tagName("td")).get(1).getText())
                    .matches("[1-9]\\d* / \\d+");
            assertThat(b.text(By.tagName("main"))).contains("aut-cov-" + tag);
            b.screenshot("coverage");
            b.assertAccessible("coverage");

            b.link("Reports").click();
            b.waitReady();
            new Select(b.field("Report")).selectByValue("trends");
            b.field("From").clear();
            b.field("From").sendKeys("2022");
            b.field("To").clear();
            b.field("To").sendKeys("2024");
            b.field("Western Europe").click();
            new Select(b.field("Format")).selectByValue("pdf");
            b.button("Create report").click();
            Path pdf = b.downloaded(".pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Western Europe").contains("2024");
            }
            b.until(
                    "the HTML version on the page",
                    () ->
                            String.valueOf(
                                            b.js(
                                                    "return document.getElementById('report-view')"
                                                            + ".shadowRoot.textContent",
                                                    java.util.List.of()))
                                    .contains("Regions: Western Europe"));
            b.until(
                    "the report's status",
                    () -> b.text(By.cssSelector("[role=status].ok")).contains("saved"));
            b.screenshot("reports");
            b.assertAccessible("reports");

            // the same report as a workbook and as CSV, with the page's credential
            new Select(b.field("Format")).selectByValue("xlsx");
            b.button("Create report").click();
            assertThat(Files.readAllBytes(b.downloaded(".xlsx"))).startsWith('P', 'K');
            new Select(b.field("Format")).selectByValue("csv");
            b.button("Create report").click();
            String csv = Files.readString(b.downloaded(".csv"), StandardCharsets.UTF_8);
            assertThat(csv.lines().count()).as(csv).isGreaterThan(1);
            assertThat(csv).as(csv).contains("2023");

            // the UNODC import page: an export whose rows are all of a country THB Hub does not
            // cover, read
            // leniently, the skipped rows reported (nothing stored, so no other figure changes)
            Path export = unodcExportOutsideTheOsce(tag);
            b.link("UNODC import").click();
            b.waitReady();
            b.field("File").sendKeys(export.toString());
            b.button("Import").click();
            WebElement verdict = b.driver.findElement(By.id("verdict"));
            b.until("the import's verdict", () -> verdict.getText().contains("stored."));
            assertThat(verdict.getText()).contains("0 values stored");
            assertThat(b.text(By.id("details"))).contains("UNODC_COUNTRY_SKIPPED");
            b.screenshot("import-done");
            b.assertAccessible("import (done)");
        }
    }

    /** The export's own first lines and rows of Argentina (neither OSCE State nor partner). */
    private static Path unodcExportOutsideTheOsce(String tag) throws IOException {
        List<String> lines =
                Files.readAllLines(
                        Path.of(
                                System.getProperty("thb.data.dir"),
                                "unodc-glotip",
                                "data_glotip.csv"),
                        StandardCharsets.UTF_8);
        List<String> export = new ArrayList<>(lines.subList(0, 3));
        lines.stream().filter(l -> l.startsWith("ARG,")).limit(3).forEach(export::add);
        // a row of its own makes the file new (not a duplicate of another test's)
        export.add(
                "ARG,Argentina,Americas,Latin America and the Caribbean,Persons convicted,"
                        + "Total,Total,Total,Total,1990,Counts,"
                        + (Math.abs(tag.hashCode()) % 900 + 100)
                        + ",GLOTIP");
        Path file = Files.createTempDirectory("thb-unodc").resolve("data_glotip-" + tag + ".csv");
        Files.write(file, export, StandardCharsets.UTF_8);
        return file;
    }
}
