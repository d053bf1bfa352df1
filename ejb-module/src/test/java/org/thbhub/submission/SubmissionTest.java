package org.thbhub.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportMode;

class SubmissionTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

    private Submission received() {
        return new Submission(
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
    }

    @Test
    void isJudgedExactlyOnce() {
        Submission submission = received();
        submission.accept(new Submission.Counts(10, 10, 0, 1), "{}", now);

        assertThat(submission.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(submission.counts().warnings()).isEqualTo(1);
        assertThatThrownBy(() -> submission.reject(new Submission.Counts(0, 0, 1, 0), "{}", now))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDuplicatePointsToItsOriginal() {
        Submission submission = received();
        SubmissionId original = SubmissionId.random();
        submission.markDuplicateOf(original, "{}", now);

        assertThat(submission.status()).isEqualTo(SubmissionStatus.DUPLICATE);
        assertThat(submission.duplicateOf()).contains(original);
    }

    @Test
    void onlyAReceivedSubmissionCanBeJudged() {
        assertThat(SubmissionStatus.RECEIVED.canBecome(SubmissionStatus.ACCEPTED)).isTrue();
        assertThat(SubmissionStatus.REJECTED.canBecome(SubmissionStatus.ACCEPTED)).isFalse();
        assertThat(SubmissionStatus.ACCEPTED.canBecome(SubmissionStatus.DUPLICATE)).isFalse();
    }

    @Test
    void idsParseOnlyFromUuids() {
        assertThat(SubmissionId.parse("not-a-uuid")).isEmpty();
        SubmissionId id = SubmissionId.random();
        assertThat(SubmissionId.parse(id.toString())).contains(id);
    }
}
