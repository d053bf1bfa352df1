package org.thbhub.observation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

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

    static boolean suppressed(String confStatus) {
        return "A".equals(confStatus) || "C".equals(confStatus) || "N".equals(confStatus);
    }
}
