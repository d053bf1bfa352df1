package org.thbhub.submission;

import java.util.Set;

/** Where a submission stands. A judged submission never changes its status again. */
public enum SubmissionStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    DUPLICATE;

    public boolean canBecome(SubmissionStatus next) {
        return this == RECEIVED && Set.of(ACCEPTED, REJECTED, DUPLICATE).contains(next);
    }

    public boolean isFinal() {
        return this != RECEIVED;
    }
}
