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
    RELEASE,
    /** A user of THB_AUTH=jdbc created, changed, given a new password or locked out. */
    USER_CREATED,
    USER_CHANGED,
    PASSWORD_CHANGED,
    ACCOUNT_LOCKED,
    /** A login refused unchecked: too many failures for the name or the address (429). */
    LOGIN_THROTTLED
}
