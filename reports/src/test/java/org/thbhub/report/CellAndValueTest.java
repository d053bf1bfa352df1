package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellAndValueTest {

    @Test
    void aSuppressedCellNeverCarriesItsNumberIntoTheReport() {
        ReportValue small = ReportValue.count(Cell.suppressed(ConfStatus.A, 3L));
        ReportValue confidential = ReportValue.count(Cell.suppressed(ConfStatus.N, 54_321L));

        assertThat(small.text()).isEqualTo("<5");
        assertThat(small.number()).isNull();
        assertThat(confidential.text()).isEqualTo("c");
        assertThat(confidential.number()).isNull();
    }

    @Test
    void flagsFollowTheNumberWithThousandsSeparators() {
        assertThat(ReportValue.count(Cell.of(12_345, ObsStatus.P)).text()).isEqualTo("12,345p");
        assertThat(ReportValue.count(Cell.of(1_234_567, ObsStatus.E)).text())
                .isEqualTo("1,234,567e");
        assertThat(ReportValue.count(Cell.missing()).text()).isEqualTo("..");
    }

    @Test
    void aShareOfASuppressedCountIsSuppressedToo() {
        ReportValue share =
                ReportValue.derived(
                        ReportValue.Kind.PERCENT,
                        25.0,
                        Cell.suppressed(ConfStatus.C, 5L),
                        Cell.of(20));

        assertThat(share.isSuppressed()).isTrue();
        assertThat(share.text()).isEqualTo("c");
    }

    @Test
    void sumsCarryProvisionalFlags() {
        Cell sum = Cell.sumOfPrintable(List.of(Cell.of(1_000, ObsStatus.P), Cell.of(500)));

        assertThat(ReportValue.count(sum).text()).isEqualTo("1,500p");
    }

    @Test
    void anEmptyValueNeedsAReason() {
        assertThatThrownBy(() -> new Cell(null, ConfStatus.F, java.util.Set.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsKnowTheirMediaTypes() {
        assertThat(ReportFormat.fromParameter("PDF").mediaType()).isEqualTo("application/pdf");
        assertThat(ReportFormat.fromParameter("xlsx").extension()).isEqualTo("xlsx");
        assertThatThrownBy(() -> ReportFormat.fromParameter("doc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
