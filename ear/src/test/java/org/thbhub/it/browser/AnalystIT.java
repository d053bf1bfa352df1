package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** An analyst sees who delivered what, and creates a trend report as a PDF. */
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
        }
    }
}
