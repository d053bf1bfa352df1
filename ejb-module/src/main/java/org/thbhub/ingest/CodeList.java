package org.thbhub.ingest;

/** The code lists the validators check against; their codes live in the database. */
public enum CodeList {
    INDICATOR,
    SEX,
    AGE,
    /** The special citizenship codes (NAT, FOR, STLS, UNK, _T); country codes come on top. */
    CITIZEN,
    EXPL,
    RECRUIT,
    OBS_STATUS,
    CONF_STATUS,
    POLICY_ITEM,
    POLICY_STATUS
}
