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

    /** The answer to this class's own upload: ACCEPTED, or DUPLICATE if another test came first. */
    static JsonNode answer;

    /** The accepted import of these bytes: this class's own, or the original of the duplicate. */
    static JsonNode accepted;

    @BeforeAll
    static void analystImportsTheExport() {
        Answer upload =
                Api.upload(
                        "?filename=data_glotip.csv",
                        User.ANALYST,
                        "text/csv",
                        Fixtures.read(Fixtures.unodcCsv()));
        assertThat(upload.status()).as(upload.body()).isIn(201, 200);
        answer = upload.json();
        accepted = acceptedImport(answer);
    }

    /**
     * ReportIT imports the same bytes; whichever runs first gets ACCEPTED, the other DUPLICATE
     * pointing to it. Either way the assertions below read the accepted one.
     */
    static JsonNode acceptedImport(JsonNode answer) {
        if (answer.get("status").asText().equals("ACCEPTED")) {
            return answer;
        }
        assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("DUPLICATE");
        String original = answer.get("duplicateOf").asText();
        Answer read = Api.get("/submissions/" + original, User.ANALYST);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode accepted = read.json();
        assertThat(accepted.get("sha256").asText()).isEqualTo(answer.get("sha256").asText());
        return accepted;
    }

    @Test
    void theImportIsAcceptedLeniently() {
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("mode").asText()).isEqualTo("LENIENT");
        assertThat(accepted.get("counts").get("observations").asLong()).isGreaterThan(20_000);
        assertThat(accepted.get("report").get("countsByCode").get("UNODC_COUNTRY_SKIPPED"))
                .isNotNull();
        if (answer.get("status").asText().equals("DUPLICATE")) {
            assertThat(answer.get("id").asText()).isNotEqualTo(accepted.get("id").asText());
        }
    }

    @Test
    void detectedVictimTotalsEqualTheRawFile() throws IOException {
        Map<String, Set<String>> raw = rawTotals("Detected trafficking victims");
        for (String key : List.of("AUT:2019", "DEU:2018", "ROU:2020", "GBR:2017", "ALB:2016")) {
            String[] k = key.split(":");
            Set<String> values = raw.get(key);
            JsonNode stored = stored(k[0], k[1]);
            assertThat(values).as(key + " in the raw file").isNotNull();
            if (values.size() > 1) {
                assertThat(stored.get("total").asLong()).as(key + " conflict").isZero();
                continue;
            }
            String value = values.iterator().next();
            assertThat(stored.get("total").asLong()).as(key).isEqualTo(1);
            JsonNode item = stored.get("items").get(0);
            assertThat(item.get("submission").asText()).isEqualTo(accepted.get("id").asText());
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
    void suppressedSmallCountsNeverComeOutAsNumbers() throws IOException {
        // the raw file's own "<5" totals of OSCE participating States: what this test examines
        Set<String> participating = new HashSet<>();
        Api.get("/reference/countries", User.ANONYMOUS)
                .json()
                .forEach(
                        c -> {
                            if (c.get("osceStatus").asText().equals("participating")) {
                                participating.add(c.get("iso3").asText());
                            }
                        });
        assertThat(participating).hasSize(57);
        List<String> small =
                rawTotals("Detected trafficking victims").entrySet().stream()
                        .filter(e -> e.getValue().equals(Set.of("<5")))
                        .map(Map.Entry::getKey)
                        .filter(k -> participating.contains(k.split(":")[0]))
                        .sorted()
                        .toList();
        assertThat(small).as("<5 totals in the raw file").isNotEmpty();
        int examined = 0;
        for (String key : small.subList(0, Math.min(5, small.size()))) {
            String[] k = key.split(":");
            JsonNode stored = stored(k[0], k[1]);
            assertThat(stored.get("total").asLong()).as(key).isEqualTo(1);
            JsonNode item = stored.get("items").get(0);
            assertThat(item.get("confStatus").asText()).as(key).isEqualTo("A");
            assertThat(item.get("value").isNull()).as(key + " has no number").isTrue();
            examined++;
        }
        assertThat(examined).isPositive();
    }

    /** The stored all-totals detected-victim value of a country and year. */
    static JsonNode stored(String iso3, String year) {
        return Api.get(
                        "/observations?country="
                                + iso3
                                + "&from="
                                + year
                                + "&to="
                                + year
                                + SubmissionIT.KEY,
                        User.ANALYST)
                .json();
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
