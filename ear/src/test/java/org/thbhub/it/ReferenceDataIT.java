package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/** Reference data seeded by the migrations, read anonymously. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Test
    void countriesAreThe57ParticipatingStatesAndThe11Partners() {
        var answer = Api.get("/reference/countries", User.ANONYMOUS);

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> countries = list(answer.json());
        assertThat(countries).hasSize(68);
        Map<String, Long> byStatus =
                countries.stream()
                        .collect(
                                Collectors.groupingBy(
                                        c -> c.get("osceStatus").asText(), Collectors.counting()));
        assertThat(byStatus).containsEntry("participating", 57L).containsEntry("partner", 11L);
    }

    @Test
    void austriaCarriesItsCodesAndItsM49SubRegion() {
        JsonNode austria =
                list(Api.get("/reference/countries", User.ANONYMOUS).json()).stream()
                        .filter(c -> c.get("iso3").asText().equals("AUT"))
                        .findFirst()
                        .orElseThrow();

        assertThat(austria.get("iso2").asText()).isEqualTo("AT");
        assertThat(austria.get("m49").isTextual()).isTrue();
        assertThat(austria.get("m49").asText()).isEqualTo("040");
        assertThat(austria.get("name").asText()).isEqualTo("Austria");
        assertThat(austria.get("region").asText()).isEqualTo("Western Europe");
        assertThat(austria.get("regionM49").asText()).isEqualTo("155");
    }

    @Test
    void everyCodeListOfTheDataModelIsServedWithLabels() {
        var answer = Api.get("/reference/codelists", User.ANONYMOUS);

        assertThat(answer.status()).isEqualTo(200);
        Map<String, List<String>> codes =
                list(answer.json()).stream()
                        .collect(
                                Collectors.toMap(
                                        l -> l.get("id").asText(),
                                        l ->
                                                list(l.get("codes")).stream()
                                                        .map(c -> c.get("code").asText())
                                                        .toList()));
        assertThat(codes.get("INDICATOR"))
                .containsExactly(
                        "VICT",
                        "VICT_IDENT",
                        "VICT_PRES",
                        "INVEST",
                        "SUSP",
                        "PROS",
                        "CONV",
                        "OFFENCE",
                        "FORMAL_CONTACT",
                        "ASSIST",
                        "COMPENS",
                        "BUDGET",
                        "POP");
        assertThat(codes.get("SEX")).containsExactly("F", "M", "OTH", "UNK", "_T");
        assertThat(codes.get("AGE")).containsExactly("Y_LT18", "Y_GE18", "UNK", "_T");
        assertThat(codes.get("CITIZEN")).containsExactly("NAT", "FOR", "STLS", "UNK", "_T");
        assertThat(codes.get("EXPL"))
                .containsExactly(
                        "SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "ORG_REM", "OTH", "MIX", "UNK",
                        "_T");
        assertThat(codes.get("RECRUIT")).containsExactly("ONLINE", "OFFLINE", "UNK", "_T");
        assertThat(codes.get("OBS_STATUS")).containsExactly("A", "B", "E", "P", "M");
        assertThat(codes.get("CONF_STATUS")).containsExactly("F", "A", "C", "N");
        assertThat(codes.get("POLICY_ITEM"))
                .containsExactly(
                        "NAT_COORD",
                        "NAT_RAPP_INDEP",
                        "COORD_BODY",
                        "NAP",
                        "NRM_FUNC",
                        "LAW_COMPREHENSIVE",
                        "NON_PUNISH",
                        "SUPPLY_CHAIN_DD",
                        "PROC_ZERO_TOL",
                        "TECH_MISUSE_LAW",
                        "DEMAND_RED",
                        "BUDGET_ALLOC",
                        "DATA_SYSTEM");
        assertThat(codes.get("POLICY_STATUS")).containsExactly("YES", "PARTIAL", "NO", "UNK", "NA");
        list(answer.json())
                .forEach(
                        l ->
                                list(l.get("codes"))
                                        .forEach(
                                                c ->
                                                        assertThat(c.get("label").asText())
                                                                .isNotBlank()));
    }

    @Test
    void langRuGivesRussianNamesOfCountriesAndRegionsInTheSameShape() {
        var english = Api.get("/reference/countries", User.ANONYMOUS);
        var russian = Api.get("/reference/countries?lang=ru", User.ANONYMOUS);

        assertThat(russian.status()).isEqualTo(200);
        assertThat(russian.header("Content-Language")).contains("ru");
        assertThat(english.header("Content-Language")).contains("en");
        JsonNode austria = byIso3(russian.json(), "AUT");
        assertThat(austria.get("name").asText()).isEqualTo("Австрия");
        assertThat(austria.get("region").asText()).isEqualTo("Западная Европа");
        assertThat(austria.get("regionM49").asText()).isEqualTo("155");
        assertThat(fieldNames(austria)).isEqualTo(fieldNames(byIso3(english.json(), "AUT")));
        assertThat(list(russian.json())).hasSize(68);
        // every name is translated: none is left in Latin letters
        list(russian.json())
                .forEach(
                        c -> {
                            assertThat(c.get("name").asText()).matches("[\\p{IsCyrillic} ,-]+");
                            assertThat(c.get("region").asText()).matches("[\\p{IsCyrillic} -]+");
                        });
    }

    @Test
    void acceptLanguageChoosesTheLanguageWhenNoLangIsGiven() {
        var answer =
                Api.getWithHeader(
                        "/reference/codelists",
                        User.ANONYMOUS,
                        "Accept-Language",
                        "fr-CH, fr;q=0.9, ru;q=0.8, en;q=0.5");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Language")).contains("ru");
        assertThat(label(answer.json(), "EXPL", "SEX_EXP")).isEqualTo("Сексуальная эксплуатация");
        assertThat(label(answer.json(), "INDICATOR", "VICT"))
                .isEqualTo("Зарегистрированные жертвы (выявленные и предполагаемые)");
        JsonNode sex =
                list(answer.json()).stream()
                        .filter(l -> l.get("id").asText().equals("SEX"))
                        .findFirst()
                        .orElseThrow();
        assertThat(sex.get("name").asText()).isEqualTo("Пол");
    }

    @Test
    void anUnknownLanguageIsAnsweredInEnglish() {
        var answer =
                Api.getWithHeader(
                        "/reference/codelists?lang=fr", User.ANONYMOUS, "Accept-Language", "ru");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Language")).contains("en");
        assertThat(label(answer.json(), "EXPL", "SEX_EXP")).isEqualTo("Sexual exploitation");
        assertThat(
                        byIso3(
                                        Api.get("/reference/countries?lang=xx", User.ANONYMOUS)
                                                .json(),
                                        "AUT")
                                .get("name")
                                .asText())
                .isEqualTo("Austria");
    }

    private static JsonNode byIso3(JsonNode countries, String iso3) {
        return list(countries).stream()
                .filter(c -> c.get("iso3").asText().equals(iso3))
                .findFirst()
                .orElseThrow();
    }

    private static String label(JsonNode lists, String list, String code) {
        return list(lists).stream()
                .filter(l -> l.get("id").asText().equals(list))
                .flatMap(l -> list(l.get("codes")).stream())
                .filter(c -> c.get("code").asText().equals(code))
                .findFirst()
                .orElseThrow()
                .get("label")
                .asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
