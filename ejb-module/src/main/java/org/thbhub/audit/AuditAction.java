package org.thbhub.audit;

/** What happened. Stable names: they are stored and filtered on. */
public enum AuditAction {
    LOGIN_FAILED,
    ACCESS_DENIED,
    SUBMISSION,
    SUBMISSION_READ,
    REPORT,
    TEMPLATE,
    AUDIT_READ,
    RELEASE
}
