package org.thbhub.report;

import java.util.Objects;

/**
 * Which part of a total an observation is: at most one of the THB_STAT breakdown dimensions is not
 * {@code _T}. {@link #TOTAL} is every dimension at {@code _T}.
 */
public record Breakdown(Dimension dimension, String code) {

    /** The THB_STAT dimensions a total is split by. */
    public enum Dimension {
        TOTAL,
        SEX,
        AGE,
        CITIZEN,
        EXPL,
        RECRUIT
    }

    public static final String ALL = "_T";

    /** The order parts are printed in; codes not listed follow in alphabetical order. */
    static final java.util.Map<Dimension, java.util.List<String>> PRINT_ORDER =
            java.util.Map.of(
                    Dimension.SEX, java.util.List.of("F", "M", "OTH", "UNK"),
                    Dimension.AGE, java.util.List.of("Y_LT18", "Y_GE18", "UNK"),
                    Dimension.CITIZEN, java.util.List.of("NAT", "FOR", "STLS", "UNK"),
                    Dimension.EXPL,
                            java.util.List.of(
                                    "SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "ORG_REM", "OTH",
                                    "MIX", "UNK"),
                    Dimension.RECRUIT, java.util.List.of("ONLINE", "OFFLINE", "UNK"));

    public static final Breakdown TOTAL = new Breakdown(Dimension.TOTAL, ALL);

    public Breakdown {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        if (dimension == Dimension.TOTAL != code.equals(ALL)) {
            throw new IllegalArgumentException("the total is TOTAL/_T, a part is not: " + code);
        }
    }

    public static Breakdown of(Dimension dimension, String code) {
        return code.equals(ALL) ? TOTAL : new Breakdown(dimension, code);
    }

    public static Breakdown sex(String code) {
        return of(Dimension.SEX, code);
    }

    public static Breakdown age(String code) {
        return of(Dimension.AGE, code);
    }

    public static Breakdown citizen(String code) {
        return of(Dimension.CITIZEN, code);
    }

    public static Breakdown expl(String code) {
        return of(Dimension.EXPL, code);
    }

    public static Breakdown recruit(String code) {
        return of(Dimension.RECRUIT, code);
    }
}
