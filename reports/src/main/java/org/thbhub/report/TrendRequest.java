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
 * @param language the report's language ("en", "ru"), already chosen from the request
 */
public record TrendRequest(
        OptionalInt from,
        OptionalInt to,
        Set<String> regions,
        Optional<Instant> asOf,
        ReportFormat format,
        String language) {

    /** An English report. */
    public TrendRequest(
            OptionalInt from,
            OptionalInt to,
            Set<String> regions,
            Optional<Instant> asOf,
            ReportFormat format) {
        this(from, to, regions, asOf, format, "en");
    }

    public TrendRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        regions = Set.copyOf(regions);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(format, "format");
    }
}
