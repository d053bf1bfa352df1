package org.thbhub.validation;

/** Whether a file with errors may still store its valid rows (design.md section 5). */
public enum ImportMode {
    /** National submissions: all or nothing. */
    STRICT {
        @Override
        public boolean accepts(ValidationOutcome outcome) {
            return !outcome.hasErrors() && outcome.rowsToStore() > 0;
        }
    },
    /** Analysts on request, and the UNODC baseline: store the valid rows, report the rest. */
    LENIENT {
        @Override
        public boolean accepts(ValidationOutcome outcome) {
            return outcome.rowsToStore() > 0;
        }
    };

    public abstract boolean accepts(ValidationOutcome outcome);
}
