package org.thbhub.report;

import java.util.Objects;

/**
 * Which part of a total an observation is: at most one of the THB_STAT breakdown dimensions is not
 * {@code _T}. {@link #TOTAL} is every dimension at {@code _T}.
 */
public record Breakdown(Dimension dimension, String code) {

    /**
     * The THB_STAT dimensions a total is split by. Each part dimension's name is the id of its code
     * list (V3), which gives its codes' labels and print order.
     */
    public enum Dimension {
        TOTAL,
        SEX,
        AGE,
        CITIZEN,
        EXPL,
        RECRUIT;

        /** The code list of this dimension's codes. */
        public String codeList() {
            return name();
        }
    }

    public static final String ALL = "_T";

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
