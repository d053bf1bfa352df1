package org.thbhub.observation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * Filters of GET /observations: each dimension takes several codes (empty: any), years from/to
 * inclusive, and {@code asOf} for the values current at that instant instead of now.
 */
public record ObservationFilter(
        List<CountryCode> countries,
        List<String> indicators,
        List<String> sex,
        List<String> age,
        List<String> citizen,
        List<String> expl,
        List<String> recruit,
        Optional<Integer> from,
        Optional<Integer> to,
        Optional<Instant> asOf) {

    public ObservationFilter {
        countries = List.copyOf(countries);
        indicators = List.copyOf(indicators);
        sex = List.copyOf(sex);
        age = List.copyOf(age);
        citizen = List.copyOf(citizen);
        expl = List.copyOf(expl);
        recruit = List.copyOf(recruit);
    }
}
