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
