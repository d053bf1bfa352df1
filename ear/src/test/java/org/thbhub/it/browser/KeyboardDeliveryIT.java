package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.thbhub.it.Api.User;

/**
 * The whole delivery by keyboard alone: every step is a key pressed on whatever has the focus
 * (typing a path into the focused file field is what a keyboard user does in the file dialog), and
 * the focus is visible at every stop.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardDeliveryIT {

    @Test
    void aRapporteurDeliversAFileWithTheKeyboardAloneAndSeesWhereTheFocusIs() {
        String tag = Files2.tag();
        Path bad =
                Files2.statCsv(
                        "aut-keys-" + tag + ".csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T,2002,seven",
                        "AUT,VICT,_T,_T,_T,_T,_T,2999,7");
        Path fixed =
                Files2.statCsv(
                        "aut-keys-" + tag + "-fixed.csv", tag, "AUT,VICT,_T,_T,_T,_T,_T,2002,7");
        try (Browser b = new Browser("en")) {
            b.open("/sign-in");
            assertThat(b.focused().getAttribute("name"))
                    .as("the user name has the focus")
                    .isEqualTo("username");
            b.press(
                    User.RAPPORTEUR_AUT.userName(),
                    Keys.TAB,
                    Browser.password(User.RAPPORTEUR_AUT),
                    Keys.ENTER);
            b.until("the home page", () -> b.driver.getCurrentUrl().equals(Browser.PAGES + "/"));
            b.waitReady();

            WebElement skip =
                    b.tabTo("the skip link", e -> e.getText().equals("Skip to main content"), 2);
            assertVisibleFocus(b, skip);
            b.tabTo("the Deliver data link", e -> e.getText().equals("Deliver data"), 10);
            b.press(Keys.ENTER);
            b.until("the deliver page", () -> b.driver.getCurrentUrl().endsWith("/deliver"));
            b.waitReady();

            WebElement file =
                    b.tabTo("the File field", e -> "file".equals(e.getAttribute("type")), 30);
            assertVisibleFocus(b, file);
            file.sendKeys(bad.toString());
            WebElement send = b.tabTo("Send file", e -> e.getText().equals("Send file"), 5);
            assertVisibleFocus(b, send);
            b.press(Keys.ENTER);
            WebElement verdict = b.driver.findElement(By.id("verdict"));
            b.until("the verdict", () -> verdict.getText().contains("REJECTED"));

            WebElement code =
                    b.tabTo(
                            "the Code filter",
                            e ->
                                    "select".equals(e.getTagName())
                                            && e.findElements(By.xpath("./option[.='All codes']"))
                                                            .size()
                                                    == 1,
                            20);
            assertVisibleFocus(b, code);
            b.press(Keys.ARROW_DOWN);
            String chosen = code.getAttribute("value");
            assertThat(chosen).isNotEmpty();
            List<String> shown =
                    b.driver.findElements(By.cssSelector("#details tbody td:nth-child(3)")).stream()
                            .map(WebElement::getText)
                            .distinct()
                            .toList();
            assertThat(shown).containsExactly(chosen);

            WebElement back =
                    b.tabTo(
                            "the File field again",
                            e -> "file".equals(e.getAttribute("type")),
                            1,
                            true);
            back.sendKeys(fixed.toString());
            b.tabTo("Check file", e -> e.getText().equals("Check file"), 3);
            b.press(Keys.ENTER);
            b.until(
                    "the dry run",
                    () -> verdict.getText().contains("would be ACCEPTED (not sent)"));
            b.tabTo("Send file", e -> e.getText().equals("Send file"), 3);
            b.press(Keys.ENTER);
            b.until(
                    "the accepted verdict",
                    () ->
                            verdict.getText().contains("ACCEPTED")
                                    && !verdict.getText().contains("(not sent)"));
            b.tabTo("Download receipt", e -> e.getText().equals("Download receipt"), 40);
            b.press(Keys.ENTER);
            assertThat(b.downloaded(fixed.getFileName() + ".receipt.txt")).exists();
            b.screenshot("deliver-keyboard");
        }
    }

    private static void assertVisibleFocus(Browser b, WebElement element) {
        String outline =
                (String)
                        b.js(
                                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + '|' + s.outlineWidth + '|' + s.boxShadow;",
                                List.of(element));
        assertThat(outline)
                .as("a visible focus on " + element.getTagName())
                .satisfiesAnyOf(
                        o -> assertThat(o).startsWith("solid|3px"),
                        o -> assertThat(o).doesNotEndWith("|none"));
    }
}
