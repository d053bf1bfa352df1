package org.thbhub.ingest;

import java.util.function.Function;

/** One THB_POLICY row as read, before validation; fields are stripped text, never null. */
public record PolicyRow(
        SourcePosition position,
        String action,
        String refArea,
        String policyItem,
        String timePeriod,
        String status,
        String legalRef,
        String sourceUrl,
        String comment) {

    public PolicyRow {
        action = ObservationRow.clean(action);
        refArea = ObservationRow.clean(refArea);
        policyItem = ObservationRow.clean(policyItem);
        timePeriod = ObservationRow.clean(timePeriod);
        status = ObservationRow.clean(status);
        legalRef = ObservationRow.clean(legalRef);
        sourceUrl = ObservationRow.clean(sourceUrl);
        comment = ObservationRow.clean(comment);
    }

    public static PolicyRow fromColumns(
            SourcePosition position, String action, Function<String, String> column) {
        return new PolicyRow(
                position,
                action,
                column.apply("REF_AREA"),
                column.apply("POLICY_ITEM"),
                column.apply("TIME_PERIOD"),
                column.apply("STATUS"),
                column.apply("LEGAL_REF"),
                column.apply("SOURCE_URL"),
                column.apply("COMMENT"));
    }

    public String field(String column) {
        return switch (column) {
            case "ACTION" -> action;
            case "REF_AREA" -> refArea;
            case "POLICY_ITEM" -> policyItem;
            case "TIME_PERIOD" -> timePeriod;
            case "STATUS" -> status;
            case "LEGAL_REF" -> legalRef;
            case "SOURCE_URL" -> sourceUrl;
            case "COMMENT" -> comment;
            default -> throw new IllegalArgumentException("not a THB_POLICY column: " + column);
        };
    }
}
