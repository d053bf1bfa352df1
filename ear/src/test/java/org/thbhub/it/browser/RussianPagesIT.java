package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.openqa.selenium.support.ui.Select;
import org.thbhub.it.Api.User;

/**
 * A browser asking for Russian gets the Russian pages: the controls' names, problem messages by
 * their code, dates and numbers in Russian; the "Language" switch goes to English and is remembered
 * across pages and reloads.
 */
@ExtendWith(ArquillianExtension.class)
class RussianPagesIT {

    @Test
    void aRussianBrowserGetsRussianPagesAndTheLanguageSwitchIsRemembered() throws IOException {
        String tag = Files2.tag();
        Seed.accepted(
                User.RAPPORTEUR_AUT,
                Files2.statCsv(
                        "aut-ru-" + tag + ".csv", tag, "AUT,VICT,_T,_T,_T,_T,_T,1994,12345"));
        Path bad =
                Files2.statCsv(
                        "aut-ru-" + tag + "-bad.csv", tag, "AUT,VICT,_T,_T,_T,_T,_T,1994,-1");
        try (Browser b = new Browser("ru")) {
            b.open("/sign-in");
            assertThat(b.js("return document.documentElement.lang", List.of())).isEqualTo("ru");
            assertThat(b.heading()).isEqualTo("Вход");
            b.field("Имя пользователя").sendKeys(User.RAPPORTEUR_AUT.userName());
            b.field("Пароль").sendKeys(Browser.password(User.RAPPORTEUR_AUT));
            b.screenshot("sign-in-ru");
            b.assertAccessible("sign-in (ru)");
            b.button("Войти").click();
            b.until("the home page", () -> b.driver.getCurrentUrl().equals(Browser.PAGES + "/"));
            b.waitReady();
            assertThat(b.text(By.id("who")))
                    .contains("национальный докладчик")
                    .as("the country's name from /reference/countries?lang=ru")
                    .contains("Австрия (AUT)");
            assertThat(b.has(By.xpath("//button[normalize-space(.)='Выйти']"))).isTrue();

            b.link("Сдать данные").click();
            b.waitReady();
            assertThat(b.heading()).isEqualTo("Сдать данные");
            assertThat(b.link("Скачать шаблон").isDisplayed()).isTrue();
            b.field("Файл").sendKeys(bad.toString());
            b.button("Отправить файл").click();
            WebElement verdict = b.driver.findElement(By.id("verdict"));
            b.until("the verdict", () -> verdict.getText().contains("REJECTED"));
            assertThat(verdict.getText()).contains("Файл не принят").contains("1 ошибка");
            List<String> headers =
                    b.driver.findElements(By.cssSelector("#details thead th")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(headers)
                    .containsExactly("Строка", "Поле", "Код", "Сообщение", "Серьёзность");
            assertThat(b.text(By.cssSelector("#details tbody")))
                    .contains("Значение не является количеством");
            b.screenshot("deliver-ru");
            b.assertAccessible("deliver (ru)");

            b.link("История").click();
            b.waitReady();
            assertThat(b.text(By.cssSelector("tbody tr")))
                    .as("a Russian date")
                    .containsPattern(
                            "\\d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)");

            b.link("Наши данные").click();
            b.waitReady();
            assertThat(label(b, "VICT")).startsWith("Зарегистрированные жертвы");
            assertThat(GovernmentReaderIT.cell(b, label(b, "VICT"), "1994"))
                    .as("Russian digit grouping")
                    .isEqualTo("12 345"); // WebDriver reads the no-break space as a space
            b.screenshot("data-ru");
            // the page passes its language on to the report
            b.link("Профиль страны (PDF)").click();
            try (PDDocument profile = Loader.loadPDF(Files.readAllBytes(b.downloaded(".pdf")))) {
                assertThat(new PDFTextStripper().getText(profile)).contains("Австрия");
            }

            new Select(b.field("Language")).selectByValue("en");
            b.until(
                    "the English page",
                    () -> "en".equals(b.js("return document.documentElement.lang", List.of())));
            b.waitReady();
            assertThat(b.heading()).isEqualTo("Our data");
            assertThat(label(b, "VICT")).startsWith("Victims registered");
            assertThat(GovernmentReaderIT.cell(b, label(b, "VICT"), "1994")).isEqualTo("12,345");
            b.open("/history");
            assertThat(b.heading()).as("the choice is remembered").isEqualTo("History");
            assertThat(b.field("Language").getAttribute("value")).isEqualTo("en");
        }
    }

    /** The label the page shows for an indicator code: whatever language the page is in. */
    private static String label(Browser b, String code) {
        return (String)
                b.js(
                        "const k = Object.keys(sessionStorage).find(k => k.startsWith('thb.ref.' +"
                                + " document.documentElement.lang + './reference/codelists'));"
                                + " return JSON.parse(sessionStorage.getItem(k)).find(l => l.id"
                                + " === 'INDICATOR').codes.find(c => c.code === arguments[0]).label;",
                        List.of(code));
    }
}
