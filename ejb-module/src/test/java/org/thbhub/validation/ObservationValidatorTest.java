package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.thbhub.validation.Fixtures.row;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.Action;
import org.thbhub.ingest.Observation;
import org.thbhub.reference.CountryCode;

class ObservationValidatorTest {

    private static final CountryCode AUT = CountryCode.of("AUT");
    private final ValidationReport report = new ValidationReport();
    private final ObservationValidator validator =
            new ObservationValidator(
                    Fixtures.CODE_LISTS,
                    new ValidationContext(Optional.of(AUT), ImportKind.NATIONAL, 2025),
                    report);

    @Test
    void acceptsAGoodRowAndTypesIt() {
        Optional<Observation> o =
                validator.validate(row(2, "AUT,VICT,F,Y_LT18,_T,SEX_EXP,_T,2019,12"), 0);
        assertThat(report.snapshot().problems()).isEmpty();
        assertThat(o).isPresent();
        assertThat(o.get().key().year()).isEqualTo(2019);
        assertThat(o.get().value().getAsLong()).isEqualTo(12);
        assertThat(o.get().action()).isEqualTo(Action.INFORMATION);
    }

    @Test
    void alpha2RefAreaIsNormalisedAndOwnCitizenshipIsNationals() {
        Observation o =
                validator.validate(row(2, "at,VICT,_T,_T,AUT,_T,_T,2019,5"), 0).orElseThrow();
        assertThat(o.key().refArea()).isEqualTo(AUT);
        assertThat(o.key().citizen()).isEqualTo("NAT");
        Observation foreign =
                validator.validate(row(3, "AUT,VICT,_T,_T,nga,_T,_T,2019,5"), 1).orElseThrow();
        assertThat(foreign.key().citizen()).isEqualTo("NGA");
    }

    @Test
    void reportsEveryProblemOfARowWithLineAndField() {
        Optional<Observation> o =
                validator.validate(row(7, "AUT,VICTIMS,X,_T,ZZZ,_T,_T,2031,-3,Q,,Z"), 0);
        assertThat(o).isEmpty();
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::field, Problem::line)
                .containsExactly(
                        tuple(ProblemCode.ACTION_UNKNOWN, "ACTION", 7),
                        tuple(ProblemCode.CODE_UNKNOWN, "INDICATOR", 7),
                        tuple(ProblemCode.CODE_UNKNOWN, "SEX", 7),
                        tuple(ProblemCode.CODE_UNKNOWN, "CITIZEN", 7),
                        tuple(ProblemCode.YEAR_OUT_OF_RANGE, "TIME_PERIOD", 7),
                        tuple(ProblemCode.CODE_UNKNOWN, "OBS_STATUS", 7),
                        tuple(ProblemCode.VALUE_NOT_A_COUNT, "OBS_VALUE", 7));
        assertThat(report.snapshot().problems().get(4).message())
                .isEqualTo("The year 2031 is outside 1980 to 2025.");
    }

    @Test
    void valuesMustBeWholeNonNegativeNumbers() {
        for (String v : new String[] {"-1", "2.5", "12.0", "1e3", "abc", "1234567890123456"}) {
            assertThat(validator.validate(row(2, "AUT,VICT,_T,_T,_T,_T,_T,2019," + v), 0))
                    .isEmpty();
        }
        assertThat(report.count(ProblemCode.VALUE_NOT_A_COUNT)).isEqualTo(6);
        assertThat(validator.validate(row(2, "AUT,BUDGET,_T,_T,_T,_T,_T,2019,123456789012345"), 0))
                .isPresent();
    }

    @Test
    void yearsBefore1980OrNotFourDigitsAreRefused() {
        validator.validate(row(2, "AUT,VICT,_T,_T,_T,_T,_T,1979,1"), 0);
        validator.validate(row(3, "AUT,VICT,_T,_T,_T,_T,_T,2019-01,1"), 1);
        validator.validate(row(4, "AUT,VICT,_T,_T,_T,_T,_T,,1"), 2);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code)
                .containsExactly(
                        ProblemCode.YEAR_OUT_OF_RANGE,
                        ProblemCode.YEAR_INVALID,
                        ProblemCode.VALUE_MISSING);
        assertThat(validator.validate(row(5, "AUT,VICT,_T,_T,_T,_T,_T,2025,1"), 3)).isPresent();
        assertThat(validator.validate(row(6, "AUT,VICT,_T,_T,_T,_T,_T,1980,1"), 4)).isPresent();
    }

    @Test
    void emptyValueOnlyWhenWithheldMissingOrDeleted() {
        assertThat(validator.validate(row(2, "AUT,VICT,_T,_T,_T,_T,_T,2019,,,A"), 0)).isPresent();
        assertThat(validator.validate(row(3, "AUT,VICT,_T,_T,_T,_T,_T,2019,,,C"), 1)).isPresent();
        assertThat(validator.validate(row(4, "AUT,VICT,_T,_T,_T,_T,_T,2019,,M,"), 2)).isPresent();
        assertThat(validator.validate(row(5, "AUT,VICT,_T,_T,_T,_T,_T,2019,,,,D"), 3)).isPresent();
        assertThat(validator.validate(row(6, "AUT,VICT,_T,_T,_T,_T,_T,2019,,,F"), 4)).isEmpty();
        assertThat(validator.validate(row(7, "AUT,VICT,_T,_T,_T,_T,_T,2019,"), 5)).isEmpty();
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(
                        tuple(ProblemCode.VALUE_MISSING, 6), tuple(ProblemCode.VALUE_MISSING, 7));
    }

    @Test
    void anotherCountryIsACountryMismatch() {
        assertThat(validator.validate(row(4, "DEU,VICT,_T,_T,_T,_T,_T,2019,3"), 0)).isEmpty();
        Problem p = report.snapshot().problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.COUNTRY_MISMATCH);
        assertThat(p.message())
                .isEqualTo("The row is for DEU, but this file may only report for AUT.");
        assertThat(validator.validate(row(5, "BRA,VICT,_T,_T,_T,_T,_T,2019,3"), 1)).isEmpty();
        assertThat(report.snapshot().problems().get(1).code()).isEqualTo(ProblemCode.CODE_UNKNOWN);
    }

    @Test
    void anyReportingCountryWhenNoneIsExpected() {
        ValidationReport r = new ValidationReport();
        ObservationValidator any =
                new ObservationValidator(
                        Fixtures.CODE_LISTS,
                        new ValidationContext(Optional.empty(), ImportKind.NATIONAL, 2025),
                        r);
        assertThat(any.validate(row(2, "DE,VICT,_T,_T,_T,_T,_T,2019,3"), 0)).isPresent();
        assertThat(r.snapshot().problems()).isEmpty();
    }

    @Test
    void emptyDimensionCellIsMissingNotTotal() {
        assertThat(validator.validate(row(2, "AUT,VICT,,_T,_T,_T,_T,2019,3"), 0)).isEmpty();
        assertThat(report.snapshot().problems().get(0).code()).isEqualTo(ProblemCode.VALUE_MISSING);
        assertThat(report.snapshot().problems().get(0).field()).isEqualTo("SEX");
    }
}
