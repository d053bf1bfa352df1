package org.thbhub.report;

import java.util.Objects;
import java.util.OptionalInt;
import org.thbhub.reference.CountryCode;

/** What a caller asks of a country profile; the years default as for {@link TrendRequest}. */
public record ProfileRequest(
        CountryCode country, OptionalInt from, OptionalInt to, ReportFormat format) {

    public ProfileRequest {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(format, "format");
    }
}
