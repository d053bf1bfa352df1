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
 * @param published only published values, each as it was released (design.md section 12)
 */
public record TrendRequest(
        OptionalInt from,
        OptionalInt to,
        Set<String> regions,
        Optional<Instant> asOf,
        ReportFormat format,
        String language,
        boolean published) {

    /** A report of every current (or asOf) value, published or not: the default. */
    public TrendRequest(
            OptionalInt from,
            OptionalInt to,
            Set<String> regions,
            Optional<Instant> asOf,
            ReportFormat format,
            String language) {
        this(from, to, regions, asOf, format, language, false);
    }

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
