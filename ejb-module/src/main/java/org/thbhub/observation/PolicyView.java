package org.thbhub.observation;

import java.time.Instant;

/** A building block's status for a country and year, with the submission that brought it. */
public record PolicyView(
        String country,
        String policyItem,
        int year,
        String status,
        String legalRef,
        String sourceUrl,
        String comment,
        String submission,
        Instant validFrom) {}
