package org.thbhub.reference;

import java.util.Locale;

/** Participating States report; Partners for Co-operation may. */
public enum OsceStatus {
    PARTICIPATING,
    PARTNER;

    /** As stored and as the API spells it: "participating", "partner". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OsceStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
