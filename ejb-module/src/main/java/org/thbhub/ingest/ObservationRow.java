package org.thbhub.ingest;

import java.util.function.Function;

/**
 * One THB_STAT row as read, before validation: every field is the stripped text of the file, never
 * null. A dimension whose column the file does not have is already {@code _T}; any other absent
 * field is empty.
 */
public record ObservationRow(
        SourcePosition position,
        String action,
        String refArea,
        String indicator,
        String sex,
        String age,
        String citizen,
        String expl,
        String recruit,
        String timePeriod,
        String obsValue,
        String obsStatus,
        String confStatus,
        String comment) {

    public ObservationRow {
        action = clean(action);
        refArea = clean(refArea);
        indicator = clean(indicator);
        sex = clean(sex);
        age = clean(age);
        citizen = clean(citizen);
        expl = clean(expl);
        recruit = clean(recruit);
        timePeriod = clean(timePeriod);
        obsValue = clean(obsValue);
        obsStatus = clean(obsStatus);
        confStatus = clean(confStatus);
        comment = clean(comment);
    }

    /**
     * Builds a row from a column lookup that answers null for a column the file does not have; this
     * is where "a missing dimension column means _T" is applied.
     */
    public static ObservationRow fromColumns(
            SourcePosition position, String action, Function<String, String> column) {
        return new ObservationRow(
                position,
                action,
                column.apply("REF_AREA"),
                column.apply("INDICATOR"),
                breakdown(column, Dimension.SEX),
                breakdown(column, Dimension.AGE),
                breakdown(column, Dimension.CITIZEN),
                breakdown(column, Dimension.EXPL),
                breakdown(column, Dimension.RECRUIT),
                column.apply("TIME_PERIOD"),
                column.apply("OBS_VALUE"),
                column.apply("OBS_STATUS"),
                column.apply("CONF_STATUS"),
                column.apply("COMMENT"));
    }

    public String dimension(Dimension d) {
        return switch (d) {
            case INDICATOR -> indicator;
            case SEX -> sex;
            case AGE -> age;
            case CITIZEN -> citizen;
            case EXPL -> expl;
            case RECRUIT -> recruit;
        };
    }

    /** The value of a THB_STAT column by its name (for reports and round trips). */
    public String field(String column) {
        return switch (column) {
            case "ACTION" -> action;
            case "REF_AREA" -> refArea;
            case "TIME_PERIOD" -> timePeriod;
            case "OBS_VALUE" -> obsValue;
            case "OBS_STATUS" -> obsStatus;
            case "CONF_STATUS" -> confStatus;
            case "COMMENT" -> comment;
            default -> dimension(Dimension.valueOf(column));
        };
    }

    private static String breakdown(Function<String, String> column, Dimension d) {
        String v = column.apply(d.column());
        return v == null ? Dimension.TOTAL : v;
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
