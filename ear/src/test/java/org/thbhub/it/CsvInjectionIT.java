package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * Formula-leading text (OWASP CSV injection) stored first, then read back from every CSV the
 * product writes: no field a spreadsheet would run as a formula, and the text itself still there.
 */
@ExtendWith(ArquillianExtension.class)
class CsvInjectionIT {

    /** A reporting year of this class alone. */
    static final int YEAR = 1994;

    static final String COMMENT = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
    static final String LEGAL_REF = "+cmd|' /C calc'!A0";
    static final String POLICY_COMMENT = "-2+3";

    /** A file name keeps only its last path segment: this one has no slash to lose. */
    static final String FILE_NAME = "@SUM(1+1)*cmd|' -C calc'!A0 " + UUID.randomUUID() + ".csv";

    @BeforeAll
    static void austriaSendsHostileText() {
        String stat =
                Fixtures.HEADER
                        + "dataflow,THB:THB_STAT(1.0),I,AUT,VICT,_T,_T,_T,_T,_T,"
                        + YEAR
                        + ",9,A,F,\""
                        + COMMENT.replace("\"", "\"\"")
                        + "\"\n";
        Answer data =
                Api.upload(
                        "?filename=" + URLEncoder.encode(FILE_NAME, StandardCharsets.UTF_8),
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        stat.getBytes(StandardCharsets.UTF_8));
        assertThat(data.status()).as(data.body()).isEqualTo(201);
        assertThat(data.json().get("fileName").asText()).isEqualTo(FILE_NAME);

        String policy =
                "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,POLICY_ITEM,TIME_PERIOD,STATUS,LEGAL_REF,"
                        + "SOURCE_URL,COMMENT\n"
                        + "dataflow,THB:THB_POLICY(1.0),I,AUT,NAP,"
                        + YEAR
                        + ",YES,\""
                        + LEGAL_REF
                        + "\",,"
                        + POLICY_COMMENT
                        + "\n";
        Answer building =
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        policy.getBytes(StandardCharsets.UTF_8));
        assertThat(building.status()).as(building.body()).isEqualTo(201);
    }

    @Test
    void theObservationsCsvCarriesTheCommentAsText() {
        Answer csv =
                Api.getAccept(
                        "/observations?country=AUT&from=" + YEAR + "&to=" + YEAR,
                        User.GOVERNMENT_AUT,
                        "text/csv");

        List<List<String>> rows = fields(csv);
        int comment = rows.get(0).indexOf("COMMENT");
        List<String> comments = rows.stream().skip(1).map(r -> r.get(comment)).toList();
        assertThat(comments)
                .as("the hostile comment, read back")
                .anyMatch(c -> c.endsWith(COMMENT));
        assertNoFormula(rows);
    }

    @Test
    void theCountryProfileCsvCarriesTheFileNameAsText() {
        Answer csv = Api.get("/reports/countries/AUT?format=csv", User.ANALYST);

        List<List<String>> rows = fields(csv);
        assertThat(rows.stream().flatMap(List::stream))
                .as("the hostile file name, read back")
                .anyMatch(f -> f.endsWith(FILE_NAME));
        assertNoFormula(rows);
    }

    @Test
    void theTrendCsvHoldsNoFormula() {
        // the trend report prints no text of the data, only names, labels and numbers
        Answer csv =
                Api.get(
                        "/reports/trends?from=" + YEAR + "&to=" + YEAR + "&format=csv",
                        User.ANALYST);

        List<List<String>> rows = fields(csv);
        assertThat(rows).hasSizeGreaterThan(10);
        assertNoFormula(rows);
    }

    /** The public SDMX-CSV of a published year carries the comment attribute, defused. */
    @Test
    void thePublicSdmxCsvCarriesTheCommentAsText() {
        ReleaseIT.ok(ReleaseIT.step("AUT", YEAR, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(ReleaseIT.step("AUT", YEAR, "approve", User.ANALYST, null));
        SdmxIT.publish(YEAR, java.time.Instant.now().minusSeconds(60));

        Answer csv =
                SdmxIT.get(
                        "/data/THB,THB_STAT,1.0/AUT.VICT._T._T._T._T._T/all?startPeriod="
                                + YEAR
                                + "&endPeriod="
                                + YEAR
                                + "&format=csv",
                        java.util.Map.of());

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        csv.body().lines().filter(l -> !l.isEmpty()).forEach(l -> rows.add(UnodcImportIT.split(l)));
        int comment = rows.get(0).indexOf("COMMENT");
        assertThat(comment).as("a COMMENT column in " + rows.get(0)).isPositive();
        assertThat(rows.stream().skip(1).map(r -> r.get(comment)))
                .as("the hostile comment, read back")
                .anyMatch(c -> c.endsWith(COMMENT));
        assertNoFormula(rows);
    }

    /** The fields of every line, unquoted, after checking the answer is a CSV. */
    static List<List<String>> fields(Answer csv) {
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> rows = new ArrayList<>();
        csv.body().lines().filter(l -> !l.isEmpty()).forEach(l -> rows.add(UnodcImportIT.split(l)));
        assertThat(rows).isNotEmpty();
        return rows;
    }

    /**
     * A field a spreadsheet runs as a formula starts with = + - @ (or a tab or carriage return); a
     * signed number ("+10.6", "-3") is data.
     */
    static void assertNoFormula(List<List<String>> rows) {
        rows.stream()
                .flatMap(List::stream)
                .filter(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0)
                .filter(f -> !f.matches("[+-]?[0-9][0-9.,]*%?"))
                .forEach(f -> assertThat(f).as("a field read as a formula").isEmpty());
    }
}
