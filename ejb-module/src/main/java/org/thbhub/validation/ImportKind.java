package org.thbhub.validation;

/** Who sends a file decides how hard its inconsistencies are judged. */
public enum ImportKind {
    /** A State's own submission: its figures must add up. */
    NATIONAL(Severity.ERROR),
    /**
     * The UNODC baseline: stored as published, so inconsistencies the publisher left in are
     * reported, never refused (design.md section 3).
     */
    UNODC_BASELINE(Severity.WARNING);

    private final Severity partsExceedTotal;

    ImportKind(Severity partsExceedTotal) {
        this.partsExceedTotal = partsExceedTotal;
    }

    public Severity partsExceedTotalSeverity() {
        return partsExceedTotal;
    }
}
