package org.thbhub.observation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored value as the read API shows it. {@code value} is null when suppressed (CONF_STATUS A, C
 * or N) or missing: a suppressed value never leaves the server as a number.
 */
@JsonbNillable
public record ObservationView(
        String country,
        String indicator,
        String sex,
        String age,
        String citizen,
        String expl,
        String recruit,
        int year,
        Long value,
        String obsStatus,
        String confStatus,
        String comment,
        String submission,
        Instant validFrom) {

    /**
     * The record's own hash, written out: JSON-B (Yasson) puts every object it serializes into a
     * hash set to detect cycles, so a page of 100 values hashes each of them several times, and the
     * generated hashCode of a 14-component record (method handles) was a third of the CPU of {@code
     * GET /observations} in the issue 15 profile. Same components, same contract.
     */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(country);
        h = 31 * h + Objects.hashCode(indicator);
        h = 31 * h + Objects.hashCode(sex);
        h = 31 * h + Objects.hashCode(age);
        h = 31 * h + Objects.hashCode(citizen);
        h = 31 * h + Objects.hashCode(expl);
        h = 31 * h + Objects.hashCode(recruit);
        h = 31 * h + year;
        h = 31 * h + Objects.hashCode(value);
        h = 31 * h + Objects.hashCode(obsStatus);
        h = 31 * h + Objects.hashCode(confStatus);
        h = 31 * h + Objects.hashCode(comment);
        h = 31 * h + Objects.hashCode(submission);
        return 31 * h + Objects.hashCode(validFrom);
    }

    static boolean suppressed(String confStatus) {
        return "A".equals(confStatus) || "C".equals(confStatus) || "N".equals(confStatus);
    }
}
