package org.thbhub.report;

import java.util.Objects;
import java.util.OptionalInt;
import org.thbhub.reference.CountryCode;

/** What a caller asks of a country profile; the years default as for {@link TrendRequest}. */
public record ProfileRequest(
        CountryCode country,
        OptionalInt from,
        OptionalInt to,
        ReportFormat format,
        String language,
        boolean published) {

    /** A profile of every current value, published or not: the default. */
    public ProfileRequest(
            CountryCode country,
            OptionalInt from,
            OptionalInt to,
            ReportFormat format,
            String language) {
        this(country, from, to, format, language, false);
    }

    /** An English profile. */
    public ProfileRequest(
            CountryCode country, OptionalInt from, OptionalInt to, ReportFormat format) {
        this(country, from, to, format, "en");
    }

    public ProfileRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(format, "format");
    }
}
