package org.thbhub.ingest;

/**
 * The dimensions of THB_STAT other than the reporting country and the year, and how their parts
 * relate to their total.
 */
public enum Dimension {
    INDICATOR(CodeList.INDICATOR, Additivity.NONE),
    SEX(CodeList.SEX, Additivity.ADDITIVE),
    AGE(CodeList.AGE, Additivity.ADDITIVE),
    CITIZEN(CodeList.CITIZEN, Additivity.ADDITIVE),
    EXPL(CodeList.EXPL, Additivity.OVERLAPPING),
    RECRUIT(CodeList.RECRUIT, Additivity.OVERLAPPING);

    /** The code every breakdown dimension uses for its total. */
    public static final String TOTAL = "_T";

    /** How the parts of a dimension add up to its total. */
    public enum Additivity {
        /** Not a breakdown (an indicator has no total). */
        NONE,
        /** Parts exclude each other: their sum cannot exceed the total. */
        ADDITIVE,
        /** One victim can fall under several parts: only a single part cannot exceed. */
        OVERLAPPING
    }

    private final CodeList codeList;
    private final Additivity additivity;

    Dimension(CodeList codeList, Additivity additivity) {
        this.codeList = codeList;
        this.additivity = additivity;
    }

    public CodeList codeList() {
        return codeList;
    }

    public Additivity additivity() {
        return additivity;
    }

    public boolean isBreakdown() {
        return additivity != Additivity.NONE;
    }

    /** Whether a file may leave the column out (then every row carries the total). */
    public boolean defaultsToTotal() {
        return isBreakdown();
    }

    public String column() {
        return name();
    }
}
