package org.thbhub.validation;

/** An error rejects a file (or, in a lenient import, its row); a warning never does. */
public enum Severity {
    ERROR,
    WARNING
}
