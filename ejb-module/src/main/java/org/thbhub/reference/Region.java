package org.thbhub.reference;

/** A region of a grouping: for the M49 sub-regions, code "155" named "Western Europe". */
public record Region(String grouping, String code, String name) {

    public static final String M49_SUBREGION = "M49_SUBREGION";
    public static final String M49_REGION = "M49_REGION";
}
