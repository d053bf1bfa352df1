package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bundles of the reports' words: the same keys in every language, plural forms, formats. */
class TextsTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                TextsTest.class.getResourceAsStream(
                        "/org/thbhub/report/texts" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** "change.matched.one" and ".other" are one key with plural forms. */
    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            keys.add(key.replaceAll("\\.(one|few|many|other)$", ".#"));
        }
        return keys;
    }

    @Test
    void russianHasEveryKeyOfEnglishAndEveryRussianPluralForm() throws IOException {
        Properties en = bundle("");
        Properties ru = bundle("_ru");

        assertThat(keys(ru)).isEqualTo(keys(en));
        for (String key : keys(en)) {
            if (key.endsWith(".#")) {
                String base = key.substring(0, key.length() - 2);
                assertThat(ru.stringPropertyNames())
                        .as(base)
                        .contains(base + ".one", base + ".few", base + ".many");
                assertThat(en.stringPropertyNames())
                        .as(base)
                        .contains(base + ".one", base + ".other");
            }
        }
    }

    @Test
    void pluralFormsNumbersAndDatesFollowTheLanguage() {
        Texts ru = Texts.of("ru");
        Texts en = Texts.of("en");

        assertThat(ru.plural("scale.headline.panel", 1, "2010–2021")).contains("1 государство,");
        assertThat(ru.plural("scale.headline.panel", 3, "2010–2021")).contains("3 государства,");
        assertThat(ru.plural("scale.headline.panel", 11, "2010–2021")).contains("11 государств,");
        assertThat(ru.plural("scale.headline.panel", 21, "2010–2021")).contains("21 государство,");
        assertThat(en.plural("scale.headline.panel", 10, "2010–2021"))
                .isEqualTo(
                        "The constant panel is the 10 States that reported in every year 2010–2021.");
        assertThat(ru.count(12345)).isEqualTo("12\u00a0345");
        assertThat(en.count(12345)).isEqualTo("12,345");
        assertThat(ru.ratio(0.375)).isEqualTo("0,38");
        Instant t = Instant.parse("2024-02-01T12:00:00Z");
        assertThat(ru.dateTime(t)).isEqualTo("01.02.2024 12:00 UTC");
        assertThat(en.dateTime(t)).isEqualTo("2024-02-01 12:00 UTC");
        assertThat(ru.list(java.util.List.of("А", "Б", "В"))).isEqualTo("А, Б и В");
    }

    @Test
    void aLanguageWithoutTextsIsEnglish() {
        assertThat(Texts.of("fr").language()).isEqualTo("en");
        assertThat(Texts.of(null).get("trend.title")).isEqualTo("THB trend overview");
        assertThat(Texts.of("ru").get("trend.title"))
                .isEqualTo("Обзор тенденций в сфере торговли людьми");
    }

    @Test
    void placeholdersAreFilledAndNothingElseIsSpecial() {
        assertThat(Texts.fill("State's {0} and {1}; {x} {9}", "a", "b"))
                .isEqualTo("State's a and b; {x} {9}");
    }
}
