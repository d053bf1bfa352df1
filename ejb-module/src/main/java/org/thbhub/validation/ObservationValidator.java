package org.thbhub.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.thbhub.ingest.Action;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.Observation;
import org.thbhub.ingest.ObservationKey;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;

/**
 * Checks one THB_STAT row on its own: codes, year, value. Reports every problem of the row (not
 * only the first) and answers the typed observation only when there was none.
 */
public final class ObservationValidator {

    /** CONF_STATUS codes under which a value may be withheld (design.md section 3). */
    static final Set<String> WITHHOLDING_CONF_STATUS = Set.of("A", "C", "N");

    /** CONF_STATUS of a small count the source withheld: a number with it is suspicious. */
    static final String SUPPRESSED_AT_SOURCE = "A";

    /** OBS_STATUS for a value known to be missing. */
    static final String MISSING_OBS_STATUS = "M";

    /** The length of the column observation.comment. */
    static final int COMMENT_LENGTH = 1000;

    /** CITIZEN codes: own nationals, and the part that other countries' codes break down. */
    static final String NATIONALS = "NAT";

    private final CodeLists codeLists;
    private final RowChecks checks;
    private final ValidationReport report;
    private final Set<String> isoAlpha3 =
            Set.of(
                    Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
                            .toArray(String[]::new));

    public ObservationValidator(
            CodeLists codeLists, ValidationContext context, ValidationReport report) {
        this.codeLists = codeLists;
        this.report = report;
        this.checks = new RowChecks(codeLists, context, report);
    }

    public Optional<Observation> validate(ObservationRow row, int ordinal) {
        SourcePosition at = row.position();
        long errorsBefore = report.errorCount();
        Optional<Action> action = checks.action(row.action(), at);
        Optional<CountryCode> refArea = checks.refArea(row.refArea(), at);
        checks.code(row.indicator(), CodeList.INDICATOR, "INDICATOR", at);
        checks.code(row.sex(), CodeList.SEX, "SEX", at);
        checks.code(row.age(), CodeList.AGE, "AGE", at);
        String citizen = citizen(row.citizen(), refArea, at);
        checks.code(row.expl(), CodeList.EXPL, "EXPL", at);
        checks.code(row.recruit(), CodeList.RECRUIT, "RECRUIT", at);
        OptionalInt year = checks.year(row.timePeriod(), at);
        checks.optionalCode(row.obsStatus(), CodeList.OBS_STATUS, "OBS_STATUS", at);
        checks.optionalCode(row.confStatus(), CodeList.CONF_STATUS, "CONF_STATUS", at);
        OptionalLong value = value(row, action, at);
        checks.freeText(row.comment(), "COMMENT", COMMENT_LENGTH, at);
        if (report.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        ObservationKey key =
                new ObservationKey(
                        refArea.orElseThrow(),
                        row.indicator(),
                        row.sex(),
                        row.age(),
                        citizen,
                        row.expl(),
                        row.recruit(),
                        year.orElseThrow());
        return Optional.of(
                new Observation(
                        ordinal,
                        at,
                        action.orElseThrow(),
                        key,
                        value,
                        row.obsStatus(),
                        row.confStatus(),
                        row.comment()));
    }

    /** The special codes, or any ISO alpha-3 code; the reporting State's own code is NAT. */
    private String citizen(String text, Optional<CountryCode> refArea, SourcePosition at) {
        if (text.isEmpty()) {
            report.add(ProblemCode.VALUE_MISSING, at, "CITIZEN", "CITIZEN");
            return text;
        }
        if (codeLists.contains(CodeList.CITIZEN, text)) {
            return text;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.length() == 3 && isoAlpha3.contains(upper)) {
            boolean own = refArea.isPresent() && refArea.get().iso3().equals(upper);
            return own ? NATIONALS : upper;
        }
        report.add(ProblemCode.CODE_UNKNOWN, at, "CITIZEN", text, "CITIZEN");
        return text;
    }

    private OptionalLong value(ObservationRow row, Optional<Action> action, SourcePosition at) {
        String text = row.obsValue();
        if (text.isEmpty()) {
            boolean mayBeEmpty =
                    WITHHOLDING_CONF_STATUS.contains(row.confStatus())
                            || MISSING_OBS_STATUS.equals(row.obsStatus())
                            || action.map(Action::withdraws).orElse(false);
            if (!mayBeEmpty) {
                report.add(ProblemCode.VALUE_MISSING, at, "OBS_VALUE", "OBS_VALUE");
            }
            return OptionalLong.empty();
        }
        OptionalLong count = RowChecks.count(text);
        if (count.isEmpty()) {
            report.add(ProblemCode.VALUE_NOT_A_COUNT, at, "OBS_VALUE", text);
        } else if (SUPPRESSED_AT_SOURCE.equals(row.confStatus())) {
            report.add(
                    ProblemCode.VALUE_SUPPRESSED_WITH_NUMBER,
                    at,
                    "OBS_VALUE",
                    text,
                    row.confStatus());
        }
        return count;
    }
}
