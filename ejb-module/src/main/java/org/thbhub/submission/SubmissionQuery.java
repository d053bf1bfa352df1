package org.thbhub.submission;

import java.time.LocalDate;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/** Filters of GET /submissions: {@code from}/{@code to} are dates of receipt (UTC), inclusive. */
public record SubmissionQuery(
        Optional<CountryCode> country,
        Optional<SubmissionStatus> status,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public static SubmissionQuery all() {
        return new SubmissionQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
