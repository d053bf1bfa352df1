package org.thbhub.release;

import java.util.Optional;
import org.thbhub.reference.CountryCode;

/** The filters of GET /releases; each may be absent. */
public record ReleaseQuery(
        Optional<CountryCode> country,
        Optional<ReportingYear> year,
        Optional<ReleaseState> state) {}
