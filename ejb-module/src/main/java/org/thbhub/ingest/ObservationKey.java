package org.thbhub.ingest;

import java.util.Objects;
import org.thbhub.reference.CountryCode;

/** The key of a validated THB_STAT observation: all codes checked, CITIZEN normalised. */
public record ObservationKey(
        CountryCode refArea,
        String indicator,
        String sex,
        String age,
        String citizen,
        String expl,
        String recruit,
        int year) {

    public ObservationKey {
        Objects.requireNonNull(refArea, "refArea");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(expl, "expl");
        Objects.requireNonNull(recruit, "recruit");
    }
}
