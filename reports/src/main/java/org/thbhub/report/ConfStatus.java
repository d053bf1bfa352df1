package org.thbhub.report;

/** SDMX {@code CONF_STATUS}: whether a value may be published. */
public enum ConfStatus {
    /** Free. */
    F(""),
    /** Small count, suppressed at source. */
    A("<5"),
    /** Confidential. */
    C("c"),
    /** Not for publication. */
    N("c");

    private final String marker;

    ConfStatus(String marker) {
        this.marker = marker;
    }

    public boolean suppressed() {
        return this != F;
    }

    /** What a report prints instead of a suppressed value. */
    public String marker() {
        return marker;
    }
}
