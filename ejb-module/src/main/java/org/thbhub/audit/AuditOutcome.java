package org.thbhub.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
