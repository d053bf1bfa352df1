package org.thbhub.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final List<String> EN_RU = List.of("en", "ru");

    @Test
    void theLangParameterWinsOverTheHeader() {
        assertThat(Languages.choose("ru", "en-GB,en;q=0.9", EN_RU)).isEqualTo("ru");
        assertThat(Languages.choose("RU-ru", null, EN_RU)).isEqualTo("ru");
        assertThat(Languages.choose("en", "ru", EN_RU)).isEqualTo("en");
    }

    @Test
    void aLanguageWithoutLabelsFallsBackToEnglish() {
        assertThat(Languages.choose("fr", "ru", EN_RU)).isEqualTo("en");
        assertThat(Languages.choose("x1!", null, EN_RU)).isEqualTo("en");
        assertThat(Languages.choose("fr", null, List.of("en", "ru", "fr"))).isEqualTo("fr");
    }

    @Test
    void theHeaderGivesTheBestSupportedLanguageByWeight() {
        assertThat(Languages.choose(null, "ru-RU,ru;q=0.9,en;q=0.8", EN_RU)).isEqualTo("ru");
        assertThat(Languages.choose(null, "fr-CH, fr;q=0.9, ru;q=0.8, en;q=0.7", EN_RU))
                .isEqualTo("ru");
        assertThat(Languages.choose(null, "en;q=0.5, ru;q=0.9", EN_RU)).isEqualTo("ru");
        assertThat(Languages.choose(" ", "de, ru;q=0", EN_RU)).isEqualTo("en");
        assertThat(Languages.choose(null, "*", EN_RU)).isEqualTo("en");
    }

    @Test
    void noOrAMalformedHeaderMeansEnglish() {
        assertThat(Languages.choose(null, null, EN_RU)).isEqualTo("en");
        assertThat(Languages.choose(null, "", EN_RU)).isEqualTo("en");
        assertThat(Languages.choose(null, ";;q=abc,,", EN_RU)).isEqualTo("en");
    }
}
