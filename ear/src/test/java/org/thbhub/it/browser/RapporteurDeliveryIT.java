package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thbhub.it.Api.User;

/** The rapporteur's journey: a file with errors, its problems, the fixed file, the history. */
@ExtendWith(ArquillianExtension.class)
class RapporteurDeliveryIT {

    @Test
    void aRapporteurSendsAFileWithErrorsReadsItsProblemsSendsTheFixAndSeesItAcceptedInHistory()
            throws IOException {
        String tag = Files2.tag();
        Path bad =
                Files2.statCsv(
                        "aut-web-" + tag + ".csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T,2002,-3",
                        "AUT,VICT,X,_T,_T,_T,_T,2002,4",
                        "AUT,VICT,F,_T,_T,_T,_T,2002,2");
        Path fixed =
                Files2.statCsv(
                        "aut-web-" + tag + "-fixed.csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T,2002,30",
                        "AUT,VICT,M,_T,_T,_T,_T,2002,12",
                        "AUT,VICT,F,_T,_T,_T,_T,2002,18");
        try (Browser b = new Browser("en")) {
            b.signIn(User.RAPPORTEUR_AUT);
            assertThat(b.text(By.id("who")))
                    .contains("rapporteur-aut")
                    .contains("national rapporteur")
                    .contains("AUT");
            assertThat(b.has(By.xpath("//button[normalize-space(.)='Sign out']"))).isTrue();
            b.screenshot("home-rapporteur");
            b.assertAccessible("home");

            b.link("Deliver data").click();
            b.waitReady();
            assertThat(b.driver.getCurrentUrl()).isEqualTo(Browser.PAGES + "/deliver");
            b.link("Download template").click();
            Path template = b.downloaded("thb-template-AUT.xlsx");
            assertThat(Files.readAllBytes(template)).startsWith('P', 'K');

            b.field("File").sendKeys(bad.toString());
            b.button("Check file").click();
            WebElement verdict = b.driver.findElement(By.id("verdict"));
            assertThat(verdict.getAttribute("role")).isEqualTo("status");
            b.until("the dry-run verdict", () -> verdict.getText().contains("(not sent)"));
            assertThat(verdict.getText()).contains("would be REJECTED (not sent)");

            b.button("Send file").click();
            b.until(
                    "the verdict of the sent file",
                    () ->
                            !verdict.getText().contains("(not sent)")
                                    && verdict.getText().contains("REJECTED"));
            assertThat(b.driver.findElement(By.id("progress")).getAttribute("value"))
                    .isEqualTo("100");
            List<String> headers =
                    b.driver.findElements(By.cssSelector("#details thead th")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(headers).containsExactly("Line", "Field", "Code", "Message", "Severity");
            List<String> codes = codes(b);
            assertThat(codes).contains("VALUE_NOT_A_COUNT", "CODE_UNKNOWN");
            assertThat(rowOf(b, "VALUE_NOT_A_COUNT")).startsWith("2 OBS_VALUE");
            assertThat(rowOf(b, "CODE_UNKNOWN")).startsWith("3 SEX");
            new Select(b.field("Code")).selectByValue("CODE_UNKNOWN");
            assertThat(codes(b)).containsOnly("CODE_UNKNOWN");
            b.screenshot("deliver-rejected");
            b.assertAccessible("deliver (rejected)");

            b.link("Download receipt").click();
            Path receipt = b.downloaded(bad.getFileName() + ".receipt.txt");
            assertThat(Files.readString(receipt, StandardCharsets.UTF_8))
                    .contains("Status: REJECTED")
                    .contains("through WEB");

            b.field("File").sendKeys(fixed.toString());
            b.button("Check file").click();
            b.until(
                    "the dry run of the fixed file",
                    () -> verdict.getText().contains("would be ACCEPTED (not sent)"));
            b.button("Send file").click();
            b.until(
                    "the fixed file accepted",
                    () ->
                            !verdict.getText().contains("(not sent)")
                                    && verdict.getText().contains("ACCEPTED"));
            assertThat(verdict.getText()).contains("3 values stored");
            b.screenshot("deliver-accepted");

            b.link("History").click();
            b.waitReady();
            List<WebElement> rows = b.driver.findElements(By.cssSelector("tbody tr"));
            assertThat(rows.get(0).getText())
                    .contains(fixed.getFileName().toString(), "ACCEPTED", "WEB");
            assertThat(rows.get(1).getText()).contains(bad.getFileName().toString(), "REJECTED");
            b.screenshot("history");
            b.assertAccessible("history");

            b.link(fixed.getFileName().toString()).click();
            b.waitReady();
            assertThat(b.driver.getCurrentUrl()).matches(".*/thb-hub/submissions/[0-9a-f-]{36}");
            assertThat(b.heading()).contains(fixed.getFileName().toString());
            assertThat(b.text(By.cssSelector("dl.summary"))).contains("ACCEPTED");
            b.link("Original file").click();
            Path original = b.downloaded(fixed.getFileName().toString());
            assertThat(Files.readAllBytes(original)).isEqualTo(Files.readAllBytes(fixed));
            b.screenshot("submission");
            b.assertAccessible("submission");

            b.driver.navigate().refresh();
            b.waitReady();
            assertThat(b.heading())
                    .as("a reload lands on the same page")
                    .contains(fixed.getFileName().toString());

            b.button("Sign out").click();
            b.until("the sign-in page", () -> b.driver.getCurrentUrl().contains("/sign-in"));
            b.open("/history");
            assertThat(b.driver.getCurrentUrl())
                    .as("signed out: history asks to sign in")
                    .contains("/sign-in");
        }
    }

    private static List<String> codes(Browser b) {
        return b.driver.findElements(By.cssSelector("#details tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String rowOf(Browser b, String code) {
        return b.driver.findElements(By.cssSelector("#details tbody tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(code))
                .findFirst()
                .orElse("");
    }
}
