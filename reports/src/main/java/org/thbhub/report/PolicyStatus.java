package org.thbhub.report;

import java.util.Objects;
import org.thbhub.reference.CountryCode;

/** One THB_POLICY value: a State's status on a building block in a year. */
public record PolicyStatus(CountryCode refArea, String policyItem, int year, Status status) {

    /** THB_POLICY {@code STATUS}. */
    public enum Status {
        YES,
        PARTIAL,
        NO,
        UNK,
        NA
    }

    public PolicyStatus {
        Objects.requireNonNull(refArea, "refArea");
        Objects.requireNonNull(policyItem, "policyItem");
        Objects.requireNonNull(status, "status");
    }
}
