package org.thbhub.ingest;

import java.util.Objects;
import org.thbhub.reference.CountryCode;

/** A THB_POLICY row that passed the row checks. */
public record PolicyObservation(
        int ordinal,
        SourcePosition position,
        Action action,
        CountryCode refArea,
        String policyItem,
        int year,
        String status,
        String legalRef,
        String sourceUrl,
        String comment) {

    public PolicyObservation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(refArea, "refArea");
        Objects.requireNonNull(policyItem, "policyItem");
        Objects.requireNonNull(status, "status");
    }
}
