package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The analyst imports the real UNODC GLOTIP export as it is; the stored totals must equal what this
 * test reads from the raw file itself.
 */
@ExtendWith(ArquillianExtension.class)
class UnodcImportIT {

    static JsonNode receipt;

    @BeforeAll
    static void analystImportsTheExport() {
        Answer answer =
                Api.upload(
                        "?filename=data_glotip.csv",
                        User.ANALYST,
                        "text/csv",
                        Fixtures.read(Fixtures.unodcCsv()));
        assertThat(answer.status()).as(answer.body()).isIn(201, 200);
        receipt = answer.json();
    }

    @Test
    void theImportIsAcceptedLeniently() {
        assertThat(receipt.get("status").asText()).isIn("ACCEPTED", "DUPLICATE");
        if (receipt.get("status").asText().equals("ACCEPTED")) {
            assertThat(receipt.get("mode").asText()).isEqualTo("LENIENT");
            assertThat(receipt.get("counts").get("observations").asLong()).isGreaterThan(20_000);
            assertThat(receipt.get("report").get("countsByCode").get("UNODC_COUNTRY_SKIPPED"))
                    .isNotNull();
        }
    }

    @Test
    void detectedVictimTotalsEqualTheRawFile() throws IOException {
        Map<String, Set<String>> raw = rawTotals("Detected trafficking victims");
        for (String key : List.of("AUT:2019", "DEU:2018", "ROU:2020", "GBR:2017", "ALB:2016")) {
            String[] k = key.split(":");
            Set<String> values = raw.get(key);
            JsonNode stored =
                    Api.get(
                                    "/observations?country="
                                            + k[0]
                                            + "&from="
                                            + k[1]
                                            + "&to="
                                            + k[1]
                                            + SubmissionIT.KEY,
                                    User.ANALYST)
                            .json();
            assertThat(values).as(key + " in the raw file").isNotNull();
            if (values.size() > 1) {
                assertThat(stored.get("total").asLong()).as(key + " conflict").isZero();
                continue;
            }
            String value = values.iterator().next();
            assertThat(stored.get("total").asLong()).as(key).isEqualTo(1);
            JsonNode item = stored.get("items").get(0);
            if (value.equals("<5")) {
                assertThat(item.get("value").isNull()).isTrue();
                assertThat(item.get("confStatus").asText()).isEqualTo("A");
            } else {
                assertThat(item.get("value").asLong())
                        .as(key)
                        .isEqualTo(Long.parseLong(value.replace(",", "")));
            }
        }
    }

    @Test
    void suppressedSmallCountsNeverComeOutAsNumbers() {
        JsonNode page = Api.get("/observations?country=AUT&size=500", User.ANALYST).json();
        page.get("items")
                .forEach(
                        o -> {
                            if (o.get("confStatus").asText().equals("A")) {
                                assertThat(o.get("value").isNull()).isTrue();
                            }
                        });
    }

    /** country:year -> the distinct values of the all-totals row of an indicator. */
    static Map<String, Set<String>> rawTotals(String indicator) throws IOException {
        Map<String, Set<String>> totals = new HashMap<>();
        List<String> lines = Files.readAllLines(Fixtures.unodcCsv(), StandardCharsets.UTF_8);
        for (String line : lines.subList(3, lines.size())) {
            List<String> f = split(line);
            if (f.size() < 13) {
                continue;
            }
            if (f.get(4).equals(indicator)
                    && f.get(5).equals("Total")
                    && f.get(6).equals("Total")
                    && f.get(7).equals("Total")
                    && f.get(8).equals("Total")) {
                totals.computeIfAbsent(f.get(0) + ":" + f.get(9), k -> new HashSet<>())
                        .add(f.get(11));
            }
        }
        return totals;
    }

    /** A plain CSV split honouring quotes: enough for this export. */
    static List<String> split(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
