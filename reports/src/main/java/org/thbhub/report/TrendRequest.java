package org.thbhub.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a caller asks of a trend report. Absent values take defaults: the range ends in the last
 * year with data and spans {@link ReportService#DEFAULT_YEARS} years; the regions are every region
 * with participating States; the values are the current ones.
 *
 * @param regions M49 codes ("151"); empty for all
 */
public record TrendRequest(
        OptionalInt from,
        OptionalInt to,
        Set<String> regions,
        Optional<Instant> asOf,
        ReportFormat format) {

    public TrendRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        regions = Set.copyOf(regions);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(format, "format");
    }
}
