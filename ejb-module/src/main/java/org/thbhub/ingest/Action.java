package org.thbhub.ingest;

import java.util.Optional;

/** The SDMX ACTION of a row or data set: what the row does to the stored data. */
public enum Action {
    INFORMATION("I", "Information"),
    APPEND("A", "Append"),
    REPLACE("R", "Replace"),
    DELETE("D", "Delete");

    private final String code;
    private final String xmlName;

    Action(String code, String xmlName) {
        this.code = code;
        this.xmlName = xmlName;
    }

    public String code() {
        return code;
    }

    /** A deleted key needs no value: the row only names what to withdraw. */
    public boolean withdraws() {
        return this == DELETE;
    }

    /** R makes the file the whole truth for its country, indicators and years. */
    public boolean replacesScope() {
        return this == REPLACE;
    }

    /** Accepts the CSV letter (I, A, R, D) or the SDMX-ML word (Append, Replace...). */
    public static Optional<Action> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Action a : values()) {
            if (a.code.equalsIgnoreCase(t) || a.xmlName.equalsIgnoreCase(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
