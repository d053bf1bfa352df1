package org.thbhub.validation;

import java.util.Optional;
import java.util.OptionalInt;
import org.thbhub.ingest.Action;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.PolicyObservation;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;

/** Checks one THB_POLICY row on its own. */
public final class PolicyValidator {

    /** The lengths of the columns policy_status.legal_ref, source_url and comment. */
    static final int LEGAL_REF_LENGTH = 1000;

    static final int SOURCE_URL_LENGTH = 2000;
    static final int COMMENT_LENGTH = 1000;

    private final RowChecks checks;
    private final ValidationReport report;

    public PolicyValidator(
            CodeLists codeLists, ValidationContext context, ValidationReport report) {
        this.report = report;
        this.checks = new RowChecks(codeLists, context, report);
    }

    public Optional<PolicyObservation> validate(PolicyRow row, int ordinal) {
        SourcePosition at = row.position();
        long errorsBefore = report.errorCount();
        Optional<Action> action = checks.action(row.action(), at);
        Optional<CountryCode> refArea = checks.refArea(row.refArea(), at);
        checks.code(row.policyItem(), CodeList.POLICY_ITEM, "POLICY_ITEM", at);
        OptionalInt year = checks.year(row.timePeriod(), at);
        boolean withdraws = action.map(Action::withdraws).orElse(false);
        if (!(withdraws && row.status().isEmpty())) {
            checks.code(row.status(), CodeList.POLICY_STATUS, "STATUS", at);
        }
        checks.freeText(row.legalRef(), "LEGAL_REF", LEGAL_REF_LENGTH, at);
        checks.optionalUrl(row.sourceUrl(), "SOURCE_URL", SOURCE_URL_LENGTH, at);
        checks.freeText(row.comment(), "COMMENT", COMMENT_LENGTH, at);
        if (report.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(
                new PolicyObservation(
                        ordinal,
                        at,
                        action.orElseThrow(),
                        refArea.orElseThrow(),
                        row.policyItem(),
                        year.orElseThrow(),
                        row.status(),
                        row.legalRef(),
                        row.sourceUrl(),
                        row.comment()));
    }
}
