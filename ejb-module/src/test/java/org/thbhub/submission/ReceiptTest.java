package org.thbhub.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportMode;

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

    @Test
    void theDetailCarriesTheStoredReport() {
        var detail = ReceiptJson.detail(Receipt.of(rejected()));

        assertThat(detail.getJsonObject("report").toString()).isEqualTo(report);
        assertThat(detail.getString("status")).isEqualTo("REJECTED");
    }

    /** Lists skip parsing the report; what they show is exactly the full receipt's summary. */
    @Test
    void aListSummaryIsTheSameWithoutParsingTheReport() {
        Submission s = rejected();

        assertThat(Receipt.summaryOf(s).report()).isEmpty();
        assertThat(ReceiptJson.summary(Receipt.summaryOf(s)))
                .isEqualTo(ReceiptJson.summary(Receipt.of(s)));
        assertThat(ReceiptJson.summary(Receipt.summaryOf(s)).containsKey("report")).isFalse();
    }
}
