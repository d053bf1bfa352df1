package org.thbhub.submission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportMode;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

class ReceiptTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final String report =
            "{\"errors\":1,\"warnings\":0,\"problems\":[{\"severity\":\"ERROR\",\"line\":3,"
                    + "\"field\":\"OBS_VALUE\",\"code\":\"VALUE_NOT_A_COUNT\",\"message\":\"x\"}]}";

    private Submission rejected() {
        Submission s =
                new Submission(
                        SubmissionId.random(),
                        CountryCode.of("AUT"),
                        Channel.REST,
                        ImportMode.STRICT,
                        "aut-2025.csv",
                        "text/csv",
                        "a".repeat(64),
                        120,
                        "rapporteur-aut",
                        now);
        s.reject(new Submission.Counts(3, 0, 1, 0), report, now);
        return s;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theDetailCarriesTheStoredReport() {
        JsonObject detail = parse(SubmissionJson.detail(Receipt.of(rejected())).json());

        assertThat(detail.getJsonObject("report")).isEqualTo(parse(report));
        assertThat(detail.getString("status")).isEqualTo("REJECTED");
        assertThat(detail.getString("country")).isEqualTo("AUT");
        assertThat(detail.getString("receivedAt")).isEqualTo("2026-11-28T12:00:00Z");
        // the node that judged it (THB_NODE_NAME, here the host name), in both receipts
        assertThat(detail.getString("node")).isNotBlank();
        assertThat(ReceiptText.of(Receipt.of(rejected())))
                .contains("Judged by node: " + detail.getString("node"));
        assertThat(detail.getJsonObject("counts"))
                .isEqualTo(parse("{\"rows\":3,\"observations\":0,\"errors\":1,\"warnings\":0}"));
    }

    /** design.md section 6: country and sha256 are always members, null when there is none. */
    @Test
    void aFileWithoutCountryOrHashStillNamesBothAsNullAndLeavesOutWhatItLacks() {
        Receipt unread =
                new Receipt(
                        SubmissionId.random(),
                        SubmissionStatus.REJECTED,
                        Channel.DROP,
                        Optional.empty(),
                        "link.csv",
                        null,
                        now,
                        "drop_folder:AUT",
                        Optional.empty(),
                        "STRICT",
                        Optional.empty(),
                        new Submission.Counts(0, 0, 1, 0),
                        JsonObject.EMPTY_JSON_OBJECT,
                        false,
                        Optional.empty());

        JsonObject json = parse(SubmissionJson.detail(unread).json());

        assertThat(json.isNull("country")).isTrue();
        assertThat(json.isNull("sha256")).isTrue();
        assertThat(json.keySet()).doesNotContain("format", "duplicateOf", "dryRun", "node");
        assertThat(json.keySet())
                .startsWith("id", "status", "channel", "country", "fileName", "sha256");
    }

    /** Lists skip parsing the report; what they show is exactly the full receipt's summary. */
    @Test
    void aListSummaryIsTheSameWithoutParsingTheReport() {
        Submission s = rejected();

        assertThat(Receipt.summaryOf(s).report()).isEmpty();
        assertThat(SubmissionJson.summary(Receipt.summaryOf(s)))
                .isEqualTo(SubmissionJson.summary(Receipt.of(s)));
        assertThat(parse(SubmissionJson.summary(Receipt.summaryOf(s)).json()).keySet())
                .doesNotContain("report");
    }

    @Test
    void theStoredReportListsProblemsWithWhereAndWhatAndCountsEveryCode() {
        ValidationReport report = new ValidationReport();
        report.add(
                Problem.of(
                        ProblemCode.VALUE_NOT_A_COUNT, SourcePosition.line(7), "OBS_VALUE", "x"));

        JsonObject json = parse(ReportJson.of(report.snapshot(), "SDMX-CSV").json());

        assertThat(json.getInt("errors")).isEqualTo(1);
        assertThat(json.getString("format")).isEqualTo("SDMX-CSV");
        assertThat(json.getJsonObject("countsByCode").getInt("VALUE_NOT_A_COUNT")).isEqualTo(1);
        JsonObject problem = json.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getInt("line")).isEqualTo(7);
        assertThat(problem.getString("field")).isEqualTo("OBS_VALUE");
        assertThat(problem.keySet()).doesNotContain("sheet", "cell");
        assertThat(List.copyOf(json.keySet())).doesNotContain("duplicateOf");
    }

    @Test
    void aDuplicatesReportNamesTheAcceptedSubmissionAndNothingElse() {
        SubmissionId original = SubmissionId.random();

        JsonObject json = parse(ReportJson.duplicate(original).json());

        assertThat(json.getString("duplicateOf")).isEqualTo(original.toString());
        assertThat(json.getJsonArray("problems")).isEmpty();
        assertThat(json.getInt("errors")).isZero();
    }
}
