package org.thbhub.report;

import java.util.Objects;
import org.thbhub.reference.CountryCode;

/**
 * One current THB_STAT value a report reads: State, indicator ({@code VICT}, {@code PROS}, ...),
 * the part of the total it is, year, and the cell. {@code CITIZEN} parts are read as {@code NAT},
 * {@code FOR}, {@code STLS}, {@code UNK}: the data layer sums another country's code into {@code
 * FOR}.
 */
public record Observation(
        CountryCode refArea, String indicator, Breakdown breakdown, int year, Cell cell) {
    public Observation {
        Objects.requireNonNull(refArea, "refArea");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(cell, "cell");
    }

    public static Observation total(CountryCode refArea, String indicator, int year, Cell cell) {
        return new Observation(refArea, indicator, Breakdown.TOTAL, year, cell);
    }
}
