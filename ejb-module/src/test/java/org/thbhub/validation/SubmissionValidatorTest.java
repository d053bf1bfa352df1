package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.thbhub.validation.Fixtures.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.Observation;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;

class SubmissionValidatorTest {

    private final ValidationReport report = new ValidationReport();
    private final List<Observation> handedOn = new ArrayList<>();

    private SubmissionValidator validator(ImportKind kind) {
        return new SubmissionValidator(
                Fixtures.CODE_LISTS,
                new ValidationContext(Optional.of(CountryCode.of("AUT")), kind, 2025),
                report,
                handedOn::add,
                p -> {});
    }

    private ValidationOutcome run(ImportKind kind, String... rows) {
        SubmissionValidator v = validator(kind);
        for (int i = 0; i < rows.length; i++) {
            v.observation(row(i + 2, rows[i]));
        }
        return v.finish();
    }

    private List<Problem> problems() {
        return report.snapshot().problems();
    }

    @Test
    void aConsistentFileHasNoProblems() {
        ValidationOutcome o =
                run(
                        ImportKind.NATIONAL,
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                        "AUT,VICT,F,_T,_T,_T,_T,2019,6",
                        "AUT,VICT,M,_T,_T,_T,_T,2019,4",
                        "AUT,VICT,_T,_T,_T,SEX_EXP,_T,2019,8",
                        "AUT,VICT,_T,_T,_T,LAB_EXP,_T,2019,7");
        assertThat(problems()).isEmpty();
        assertThat(o.observationsToStore()).isEqualTo(5);
        assertThat(o.acceptedIn(ImportMode.STRICT)).isTrue();
        assertThat(handedOn).hasSize(5);
    }

    @Test
    void identicalDuplicateIsAWarningAndOneRowIsKept() {
        ValidationOutcome o =
                run(
                        ImportKind.NATIONAL,
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                        "AUT,VICT,_T,_T,_T,_T,_T,2020,11",
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,10");
        assertThat(problems())
                .extracting(Problem::code, Problem::severity, Problem::line)
                .containsExactly(tuple(ProblemCode.DUPLICATE_KEY, Severity.WARNING, 4));
        assertThat(problems().get(0).message()).contains("line 2");
        assertThat(o.storesObservation(0)).isTrue();
        assertThat(o.storesObservation(2)).isFalse();
        assertThat(o.observationsToStore()).isEqualTo(2);
        assertThat(o.acceptedIn(ImportMode.STRICT)).isTrue();
    }

    @Test
    void conflictingDuplicateRefusesBothRows() {
        ValidationOutcome o =
                run(
                        ImportKind.UNODC_BASELINE,
                        "AUT,VICT,F,_T,_T,_T,_T,2019,10",
                        "AUT,VICT,M,_T,_T,_T,_T,2019,3",
                        "AUT,VICT,F,_T,_T,_T,_T,2019,12");
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactlyInAnyOrder(
                        tuple(ProblemCode.CONFLICTING_DUPLICATE, 2),
                        tuple(ProblemCode.CONFLICTING_DUPLICATE, 4));
        assertThat(problems().get(0).message())
                .isEqualTo(
                        "The key AUT VICT SEX=F AGE=_T CITIZEN=_T EXPL=_T RECRUIT=_T 2019 also"
                                + " appears on line 4 with a different value; all rows of this"
                                + " key are refused.");
        assertThat(o.storesObservation(0)).isFalse();
        assertThat(o.storesObservation(1)).isTrue();
        assertThat(o.storesObservation(2)).isFalse();
        assertThat(o.acceptedIn(ImportMode.LENIENT)).isTrue();
        assertThat(o.acceptedIn(ImportMode.STRICT)).isFalse();
    }

    @Test
    void additivePartsAboveTheTotalAreAnErrorInANationalFile() {
        ValidationOutcome o =
                run(
                        ImportKind.NATIONAL,
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                        "AUT,VICT,F,_T,_T,_T,_T,2019,8",
                        "AUT,VICT,M,_T,_T,_T,_T,2019,5",
                        "AUT,PROS,_T,_T,_T,_T,_T,2019,4");
        assertThat(problems())
                .extracting(Problem::code, Problem::severity, Problem::line, Problem::field)
                .containsExactly(
                        tuple(ProblemCode.PARTS_EXCEED_TOTAL, Severity.ERROR, 2, "OBS_VALUE"));
        assertThat(problems().get(0).message())
                .isEqualTo(
                        "The SEX parts of AUT VICT SEX=_T AGE=_T CITIZEN=_T EXPL=_T RECRUIT=_T"
                                + " 2019 add up to 13, more than the total 10.");
        // lenient: the rows of the inconsistent group are refused, the rest stays
        assertThat(o.observationsToStore()).isEqualTo(1);
        assertThat(o.storesObservation(3)).isTrue();
    }

    @Test
    void additivePartsAboveTheTotalAreAWarningInTheUnodcImport() {
        ValidationOutcome o =
                run(
                        ImportKind.UNODC_BASELINE,
                        "AUT,VICT,_T,Y_LT18,_T,_T,_T,2019,10",
                        "AUT,VICT,_T,Y_GE18,_T,_T,_T,2019,1",
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,5");
        assertThat(problems())
                .extracting(Problem::code, Problem::severity, Problem::line)
                .containsExactly(tuple(ProblemCode.PARTS_EXCEED_TOTAL, Severity.WARNING, 4));
        assertThat(o.observationsToStore()).isEqualTo(3);
    }

    @Test
    void allPartsGivenAndShortOfTheTotalIsAWarning() {
        run(
                ImportKind.NATIONAL,
                "AUT,VICT,_T,_T,_T,_T,_T,2019,20",
                "AUT,VICT,F,_T,_T,_T,_T,2019,5",
                "AUT,VICT,M,_T,_T,_T,_T,2019,5",
                "AUT,VICT,OTH,_T,_T,_T,_T,2019,1",
                "AUT,VICT,UNK,_T,_T,_T,_T,2019,1",
                // some parts only: falling short says nothing
                "AUT,PROS,_T,_T,_T,_T,_T,2019,20",
                "AUT,PROS,F,_T,_T,_T,_T,2019,5");
        assertThat(problems())
                .extracting(Problem::code, Problem::severity, Problem::line)
                .containsExactly(tuple(ProblemCode.PARTS_BELOW_TOTAL, Severity.WARNING, 2));
        assertThat(problems().get(0).message()).contains("add up to 12, less than the total 20");
    }

    @Test
    void suppressedPartsCountAsNothingAndPreventTheShortfallWarning() {
        run(
                ImportKind.NATIONAL,
                "AUT,VICT,_T,_T,_T,_T,_T,2019,20",
                "AUT,VICT,F,_T,_T,_T,_T,2019,,,A",
                "AUT,VICT,M,_T,_T,_T,_T,2019,5",
                "AUT,VICT,OTH,_T,_T,_T,_T,2019,1",
                "AUT,VICT,UNK,_T,_T,_T,_T,2019,1");
        assertThat(problems()).isEmpty();
    }

    @Test
    void overlappingPartsMayAddUpBeyondTheTotalButNoSinglePartMay() {
        run(
                ImportKind.NATIONAL,
                "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                "AUT,VICT,_T,_T,_T,SEX_EXP,_T,2019,9",
                "AUT,VICT,_T,_T,_T,LAB_EXP,_T,2019,9",
                "AUT,VICT,_T,_T,_T,_T,ONLINE,2019,11");
        assertThat(problems())
                .extracting(Problem::code, Problem::severity, Problem::line)
                .containsExactly(
                        tuple(ProblemCode.NON_ADDITIVE_PART_EXCEEDS_TOTAL, Severity.WARNING, 5));
        assertThat(problems().get(0).message())
                .isEqualTo(
                        "The RECRUIT part ONLINE = 11 is more than the total 10 given on line 2.");
    }

    @Test
    void countriesOfCitizenshipArePartsOfForeignAndTheOwnCodeIsNationals() {
        run(
                ImportKind.NATIONAL,
                "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                "AUT,VICT,_T,_T,AUT,_T,_T,2019,4",
                "AUT,VICT,_T,_T,FOR,_T,_T,2019,5",
                "AUT,VICT,_T,_T,ROU,_T,_T,2019,4",
                "AUT,VICT,_T,_T,NGA,_T,_T,2019,3");
        // ROU + NGA = 7 > FOR 5; NAT 4 + max(FOR 5, 7) = 11 > 10
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactlyInAnyOrder(
                        tuple(ProblemCode.PARTS_EXCEED_TOTAL, 4),
                        tuple(ProblemCode.PARTS_EXCEED_TOTAL, 2));
    }

    @Test
    void victimsJumpingMoreThanFivefoldFromOneYearToTheNextIsAWarning() {
        run(
                ImportKind.NATIONAL,
                "AUT,VICT,_T,_T,_T,_T,_T,2017,10",
                "AUT,VICT,_T,_T,_T,_T,_T,2018,70",
                "AUT,VICT,_T,_T,_T,_T,_T,2019,80",
                // fivefold but small: no warning
                "AUT,VICT,F,_T,_T,_T,_T,2017,1",
                "AUT,VICT,F,_T,_T,_T,_T,2018,9",
                // not victims
                "AUT,PROS,_T,_T,_T,_T,_T,2017,1",
                "AUT,PROS,_T,_T,_T,_T,_T,2018,900");
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.YEAR_ON_YEAR_JUMP, 3));
        assertThat(problems().get(0).message())
                .isEqualTo(
                        "AUT VICT SEX=_T AGE=_T CITIZEN=_T EXPL=_T RECRUIT=_T: 10 in 2017, 70 in"
                                + " 2018; a change of more than fivefold.");
    }

    @Test
    void noDataRowsRejectsTheFile() {
        ValidationOutcome o = run(ImportKind.NATIONAL);
        assertThat(problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_DATA_ROWS);
        assertThat(o.acceptedIn(ImportMode.STRICT)).isFalse();
        assertThat(o.acceptedIn(ImportMode.LENIENT)).isFalse();
    }

    @Test
    void invalidRowsAreNotStoredButTheirOrdinalsCount() {
        ValidationOutcome o =
                run(
                        ImportKind.NATIONAL,
                        "AUT,VICT,_T,_T,_T,_T,_T,2019,10",
                        "AUT,VICT,_T,_T,_T,_T,_T,2020,-1",
                        "AUT,VICT,_T,_T,_T,_T,_T,2021,12");
        assertThat(o.observationRows()).isEqualTo(3);
        assertThat(o.storesObservation(1)).isFalse();
        assertThat(o.storesObservation(2)).isTrue();
        assertThat(handedOn).extracting(Observation::ordinal).containsExactly(0, 2);
        assertThat(o.acceptedIn(ImportMode.STRICT)).isFalse();
        assertThat(o.acceptedIn(ImportMode.LENIENT)).isTrue();
    }

    @Test
    void policyRowsAreCheckedAndTheirDuplicatesFound() {
        SubmissionValidator v = validator(ImportKind.NATIONAL);
        v.policy(policy(2, "AUT", "NAP", "2023", "YES"));
        v.policy(policy(3, "AUT", "NAP", "2023", "NO"));
        v.policy(policy(4, "AUT", "NRM_FUNC", "2023", "MAYBE"));
        v.policy(policy(5, "AUT", "DATA_SYSTEM", "2023", "PARTIAL"));
        ValidationOutcome o = v.finish();
        assertThat(problems())
                .extracting(Problem::code, Problem::line, Problem::field)
                .containsExactlyInAnyOrder(
                        tuple(ProblemCode.CODE_UNKNOWN, 4, "STATUS"),
                        tuple(ProblemCode.CONFLICTING_DUPLICATE, 2, "STATUS"),
                        tuple(ProblemCode.CONFLICTING_DUPLICATE, 3, "STATUS"));
        assertThat(o.policiesToStore()).isEqualTo(1);
        assertThat(o.storesPolicy(3)).isTrue();
    }

    private static PolicyRow policy(
            int line, String area, String item, String year, String status) {
        return new PolicyRow(SourcePosition.line(line), "", area, item, year, status, "", "", "");
    }

    /**
     * Many distinct keys through the whole-file checks: the packed rows must stay near 26 bytes a
     * row (growth slack included), whatever the number of rows.
     */
    @Test
    void wholeFileChecksHoldManyRowsInAFewBytesEach() {
        holdInAFewBytesEach(50_000);
    }

    /**
     * The same at a million rows, the size of the ingest benchmark (docs/benchmarks.md): {@code mvn
     * -pl ejb-module test -Dgroups=benchmark}.
     */
    @Test
    @Tag("benchmark")
    void wholeFileChecksHoldAMillionRowsInAFewBytesEach() {
        holdInAFewBytesEach(1_000_000);
    }

    private void holdInAFewBytesEach(int size) {
        SubmissionValidator v =
                new SubmissionValidator(
                        Fixtures.CODE_LISTS,
                        new ValidationContext(Optional.empty(), ImportKind.UNODC_BASELINE, 2025),
                        report);
        List<CountryCode> countries = Fixtures.CODE_LISTS.countries();
        String[] sexes = {"F", "M", "OTH", "UNK", "_T"};
        String[] ages = {"Y_LT18", "Y_GE18", "UNK", "_T"};
        String[] expl = {
            "SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "ORG_REM", "OTH", "MIX", "UNK", "_T"
        };
        String[] recruit = {"ONLINE", "OFFLINE", "UNK", "_T"};
        int n = 0;
        outer:
        for (CountryCode c : countries) {
            for (int year = 1990; year <= 2025; year++) {
                for (String s : sexes) {
                    for (String a : ages) {
                        for (String e : expl) {
                            for (String r : recruit) {
                                if (n == size) {
                                    break outer;
                                }
                                v.observation(
                                        row(
                                                ++n,
                                                String.join(
                                                        ",",
                                                        c.iso3(),
                                                        "VICT",
                                                        s,
                                                        a,
                                                        "_T",
                                                        e,
                                                        r,
                                                        Integer.toString(year),
                                                        e.equals("_T") ? "100" : "5")));
                            }
                        }
                    }
                }
            }
        }
        long bytes = v.wholeFileCheckBytes();
        ValidationOutcome o = v.finish();
        assertThat(n).isEqualTo(size);
        assertThat(o.observationsToStore()).isEqualTo(size);
        assertThat(report.count(ProblemCode.DUPLICATE_KEY)).isZero();
        // 26 bytes a row, at most 1.5x while the arrays grow
        assertThat(bytes / n).isLessThanOrEqualTo(40);
        System.out.printf(
                "whole-file checks: %d bytes for %d rows (%.1f bytes/row)%n",
                bytes, n, (double) bytes / n);
    }
}
