package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thbhub.it.Api.User;

/** A government reader sees the own country's figures, with their signs, and no other's. */
@ExtendWith(ArquillianExtension.class)
class GovernmentReaderIT {

    @Test
    void aGovernmentReaderSeesTheOwnFiguresWithTheirSignsAndCannotReachAnotherCountrys()
            throws IOException {
        String tag = Files2.tag();
        Seed.accepted(
                User.RAPPORTEUR_AUT,
                Files2.statCsv(
                        "aut-gov-" + tag + ".csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T,1995,1234,P,F",
                        "AUT,PROS,_T,_T,_T,_T,_T,1995,,A,A",
                        "AUT,CONV,_T,_T,_T,_T,_T,1995,,A,C",
                        "AUT,INVEST,_T,_T,_T,_T,_T,1995,40,E,F",
                        "AUT,SUSP,F,_T,_T,_T,_T,1995,,A,A",
                        "AUT,SUSP,M,_T,_T,_T,_T,1995,10,A,F"));
        Path policy = Files.createTempDirectory("thb-upload").resolve("aut-policy-" + tag + ".csv");
        Files.writeString(
                policy,
                "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,POLICY_ITEM,TIME_PERIOD,STATUS,LEGAL_REF,"
                        + "SOURCE_URL,COMMENT\n"
                        + "dataflow,THB:THB_POLICY(1.0),I,AUT,NAP,1995,YES,,https://example.org/nap,"
                        + tag
                        + "\n",
                StandardCharsets.UTF_8);
        Seed.accepted(User.RAPPORTEUR_AUT, policy);
        String deu =
                Seed.accepted(
                        User.RAPPORTEUR_DEU,
                        Files2.statCsv(
                                "deu-gov-" + tag + ".csv",
                                tag,
                                "DEU,VICT,_T,_T,_T,_T,_T,1995,777"));

        try (Browser b = new Browser("en")) {
            b.signIn(User.GOVERNMENT_AUT);
            assertThat(b.text(By.id("who"))).contains("government reader").contains("AUT");
            assertThat(b.has(By.linkText("Deliver data"))).as("no delivery for readers").isFalse();

            b.link("Our data").click();
            b.waitReady();
            assertThat(b.text(By.tagName("main"))).contains("Data as of");
            assertThat(cell(b, "Victims registered (identified and presumed)", "1995"))
                    .isEqualTo("1,234p");
            assertThat(cell(b, "Persons prosecuted", "1995")).isEqualTo("<5");
            assertThat(cell(b, "Persons convicted", "1995")).isEqualTo("c");
            assertThat(cell(b, "Investigations", "1995")).isEqualTo("40e");
            assertThat(cell(b, "Suspects", "1995")).isEqualTo("10*");
            assertThat(b.text(By.tagName("main"))).doesNotContain("777");
            // the policy status, with the labels of the reference data
            WebElement nap =
                    b.driver.findElement(
                            By.xpath(
                                    "//table[caption[contains(., 'national response')]]"
                                            + "//tr[th[normalize-space(.)='National action plan']]"));
            List<WebElement> years =
                    b.driver.findElements(
                            By.xpath(
                                    "//table[caption[contains(., 'national response')]]//thead//th"));
            int column = years.stream().map(WebElement::getText).toList().indexOf("1995");
            assertThat(column).as("a policy column 1995").isPositive();
            assertThat(nap.findElements(By.tagName("td")).get(column - 1).getText())
                    .isEqualTo("Yes");
            b.screenshot("data-government");
            b.assertAccessible("data");

            b.link("Download CSV").click();
            Path csv = b.downloaded(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA");
            assertThat(lines.subList(1, lines.size()))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l).startsWith("dataflow,THB:THB_STAT(1.0),I,AUT,"));
            assertThat(String.join("\n", lines))
                    .contains(tag)
                    .doesNotContain(",I,DEU,")
                    .doesNotContain(",1995,777,");

            b.link("Country profile (PDF)").click();
            Path pdf = b.downloaded(".pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(document)).contains("Austria");
            }

            b.open("/data?country=DEU");
            assertThat(b.heading()).isEqualTo("Not found");
            assertThat(b.has(By.tagName("table"))).isFalse();
            b.screenshot("data-other-country-not-found");

            b.open("/submissions/" + deu);
            assertThat(b.heading()).isEqualTo("Not found");
            assertThat(b.text(By.tagName("main"))).doesNotContain("deu-gov-");

            b.open("/deliver");
            assertThat(b.heading()).as("a rapporteur's page").isEqualTo("Not found");
        }
    }

    /** The text of the figure for an indicator (row header) and a year (column header). */
    static String cell(Browser b, String indicator, String year) {
        // the figures are the page's first table (the policy status follows)
        WebElement figures = b.driver.findElement(By.cssSelector("main table"));
        List<WebElement> headers = figures.findElements(By.cssSelector("thead th"));
        int column = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().equals(year)) {
                column = i;
            }
        }
        assertThat(column).as("a column " + year).isPositive();
        for (WebElement row : figures.findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.cssSelector("th")).getText().equals(indicator)) {
                return row.findElements(By.cssSelector("td")).get(column - 1).getText();
            }
        }
        throw new AssertionError("no row " + indicator);
    }
}
