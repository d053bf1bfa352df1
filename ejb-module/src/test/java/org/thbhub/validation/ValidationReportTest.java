package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.thbhub.ingest.SourcePosition;

class ValidationReportTest {

    @Test
    void keepsProblemsUpToTheCapAndCountsEveryOne() {
        ValidationReport report = new ValidationReport();
        for (int i = 1; i <= 1_500; i++) {
            report.add(ProblemCode.CODE_UNKNOWN, SourcePosition.line(i), "SEX", "X", "SEX");
        }
        for (int i = 0; i < 7; i++) {
            report.add(
                    ProblemCode.PARTS_BELOW_TOTAL,
                    SourcePosition.line(2),
                    "OBS_VALUE",
                    "SEX",
                    "k",
                    1,
                    2);
        }
        ValidationReport.Snapshot s = report.snapshot();
        assertThat(s.problems()).hasSize(1_000);
        assertThat(s.errorCount()).isEqualTo(1_500);
        assertThat(s.warningCount()).isEqualTo(7);
        assertThat(s.omitted()).isEqualTo(507);
        assertThat(s.countsByCode())
                .containsEntry(ProblemCode.CODE_UNKNOWN, 1_500L)
                .containsEntry(ProblemCode.PARTS_BELOW_TOTAL, 7L);
        assertThat(s.problems().get(999).line()).isEqualTo(1_000);
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void snapshotIsImmutableAndDetached() {
        ValidationReport report = new ValidationReport(5);
        report.add(ProblemCode.NO_DATA_ROWS, SourcePosition.none(), null);
        ValidationReport.Snapshot s = report.snapshot();
        report.add(ProblemCode.NO_DATA_ROWS, SourcePosition.none(), null);
        assertThat(s.problems()).hasSize(1);
        assertThatThrownBy(() -> s.problems().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void warningsAloneAreNoErrors() {
        ValidationReport report = new ValidationReport();
        report.add(ProblemCode.DUPLICATE_KEY, SourcePosition.line(3), "OBS_VALUE", "line 2");
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.snapshot().problems().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void severityCanBeLoweredForAnImportKind() {
        ValidationReport report = new ValidationReport();
        report.add(
                ProblemCode.PARTS_EXCEED_TOTAL,
                ImportKind.UNODC_BASELINE.partsExceedTotalSeverity(),
                SourcePosition.line(3),
                "OBS_VALUE",
                "SEX",
                "k",
                3,
                2);
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.count(ProblemCode.PARTS_EXCEED_TOTAL)).isEqualTo(1);
    }

    @Test
    void workbookProblemsCarrySheetAndCellInsteadOfLine() {
        Problem p =
                Problem.of(
                        ProblemCode.VALUE_NOT_A_COUNT,
                        SourcePosition.sheetRow("Data", 7, java.util.Map.of("OBS_VALUE", "J")),
                        "OBS_VALUE",
                        "-3");
        assertThat(p.line()).isNull();
        assertThat(p.sheet()).isEqualTo("Data");
        assertThat(p.cell()).isEqualTo("J7");
        assertThat(p.message()).isEqualTo("'-3' is not a count (a whole number, 0 or more).");
    }
}
