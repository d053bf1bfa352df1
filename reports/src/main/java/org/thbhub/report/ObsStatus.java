package org.thbhub.report;

/** SDMX {@code OBS_STATUS}: how far a value can be trusted. */
public enum ObsStatus {
    /** Normal. */
    A(""),
    /** Break in series. */
    B("b"),
    /** Estimated. */
    E("e"),
    /** Provisional. */
    P("p"),
    /** Missing. */
    M("");

    private final String suffix;

    ObsStatus(String suffix) {
        this.suffix = suffix;
    }

    /** Printed after the number ("1,234p"); empty for normal values. */
    public String suffix() {
        return suffix;
    }
}
