package org.thbhub.report;

import java.util.Objects;
import org.thbhub.reference.CountryCode;

/** A State as a report names it, with the code of the region it belongs to. */
public record ReportingState(CountryCode code, String name, String regionCode) {
    public ReportingState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
