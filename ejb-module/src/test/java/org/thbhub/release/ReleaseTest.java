package org.thbhub.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thbhub.common.ConflictException;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.reference.CountryCode;

class ReleaseTest {

    static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    static Release received() {
        return Release.received(
                CountryCode.of("AUT"), ReportingYear.of(2024), "rapporteur-aut", T, "submission 1");
    }

    @Test
    void aYearGoesThroughEveryStepAndKeepsItsHistory() {
        Release r = received();
        r.submit("rapporteur-aut", T.plusSeconds(1), null);
        r.returnToRapporteur("analyst", T.plusSeconds(2), "OTH is missing");
        r.submit("rapporteur-aut", T.plusSeconds(3), "OTH is zero");
        r.approve("analyst", T.plusSeconds(4), null);
        r.publish("analyst", T.plusSeconds(5), T.plusSeconds(3600), null);
        assertThat(r.state()).isEqualTo(ReleaseState.PUBLISHED);
        assertThat(r.releaseAt()).contains(T.plusSeconds(3600));
        assertThat(r.history().stream().map(ReleaseStep::state))
                .containsExactly(
                        ReleaseState.RECEIVED,
                        ReleaseState.SUBMITTED,
                        ReleaseState.RETURNED,
                        ReleaseState.SUBMITTED,
                        ReleaseState.APPROVED,
                        ReleaseState.PUBLISHED);
        assertThat(r.history().get(2).comment()).contains("OTH is missing");
        assertThat(r.history().get(2).actor()).isEqualTo("analyst");
    }

    @Test
    void aStepOutOfOrderIsAConflictAndChangesNothing() {
        Release r = received();
        assertThatThrownBy(() -> r.approve("analyst", T, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("AUT 2024 is RECEIVED")
                .hasMessageContaining("approve needs it to be [SUBMITTED]");
        assertThatThrownBy(() -> r.publish("analyst", T, T, null))
                .isInstanceOf(ConflictException.class);
        assertThat(r.state()).isEqualTo(ReleaseState.RECEIVED);
        assertThat(r.history()).hasSize(1);
    }

    @Test
    void returningNeedsAComment() {
        Release r = received();
        r.submit("rapporteur-aut", T, null);
        assertThatThrownBy(() -> r.returnToRapporteur("analyst", T, " "))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(r.state()).isEqualTo(ReleaseState.SUBMITTED);
    }

    @Test
    void anAcceptedChangeReopensEveryStateButReceivedAndKeepsThePublishedReleaseTime() {
        Release r = received();
        assertThat(r.reopen("rapporteur-aut", T, "revised")).isFalse();
        r.submit("rapporteur-aut", T, null);
        r.approve("analyst", T, null);
        r.publish("analyst", T, T.plusSeconds(60), null);
        assertThat(r.reopen("rapporteur-aut", T.plusSeconds(120), "revised by submission 2"))
                .isTrue();
        assertThat(r.state()).isEqualTo(ReleaseState.RECEIVED);
        assertThat(r.releaseAt()).isEmpty();
        assertThat(r.publishedReleaseAt()).contains(T.plusSeconds(60));
        for (ReleaseState s : ReleaseState.values()) {
            assertThat(s.reopensOnChange()).isEqualTo(s != ReleaseState.RECEIVED);
        }
    }

    @Test
    void reportingYearsAreThoseOfTheDataModel() {
        assertThatThrownBy(() -> ReportingYear.of(1979))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ReportingYear.of(java.time.Year.now().getValue() + 1))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(ReportingYear.of(1980).value()).isEqualTo(1980);
    }
}
