package org.thbhub.report;

import java.util.List;
import java.util.Objects;
import org.thbhub.reference.CountryCode;

/**
 * What a headline compares, kept beside its sentence so that it can be checked: the States whose
 * figures enter the earlier and the later year. A change a headline states is only ever worked out
 * on the same States in both years ({@link #matched()}); a test holds the report to that.
 *
 * @param place the region's code, or the State's own code in a profile
 */
public record Comparison(
        String indicator,
        Breakdown part,
        String place,
        int before,
        int after,
        List<CountryCode> statesBefore,
        List<CountryCode> statesAfter) {

    public Comparison {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(place, "place");
        statesBefore = List.copyOf(statesBefore);
        statesAfter = List.copyOf(statesAfter);
    }

    /** The same States in both years. */
    public static Comparison of(
            String indicator,
            Breakdown part,
            String place,
            int before,
            int after,
            List<CountryCode> states) {
        return new Comparison(indicator, part, place, before, after, states, states);
    }

    public boolean matched() {
        return new java.util.HashSet<>(statesBefore).equals(new java.util.HashSet<>(statesAfter));
    }
}
