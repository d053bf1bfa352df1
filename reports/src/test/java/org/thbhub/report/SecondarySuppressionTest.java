package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thbhub.report.SecondarySuppression.PartsTable;

class SecondarySuppressionTest {

    @Test
    void oneSuppressedPartHidesTheSmallestOtherPart() {
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.suppressed(ConfStatus.C, 40L)),
                                List.of(Cell.of(300)),
                                List.of(Cell.of(12))),
                        List.of(Cell.of(352)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.part(2, 0).isSuppressed()).isTrue();
        assertThat(out.part(2, 0).secondary()).isTrue();
        assertThat(out.part(1, 0).printable()).hasValue(300);
        assertThat(out.totals().get(0).printable()).hasValue(352);
        assertThat(table.part(2, 0).isSuppressed()).as("input untouched").isFalse();
    }

    @Test
    void aPartNotGivenIsUnknownSoNothingCanBeDerived() {
        // a part not given is unknown, not zero: 3 minus the unknown reveals nothing
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.suppressed(ConfStatus.A, null)),
                                List.of(Cell.missing())),
                        List.of(Cell.of(3)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.totals().get(0).isPrintable()).isTrue();
        assertThat(out.totals().get(0).value()).isEqualTo(3);
    }

    @Test
    void aSinglePartIsNotABreakdownAndLeavesTheTotalPrinted() {
        // only foreign victims reported: the total also counts the parts never reported
        PartsTable table =
                new PartsTable(
                        List.of(List.of(Cell.suppressed(ConfStatus.C, null))),
                        List.of(Cell.of(952)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.totals().get(0).isPrintable()).isTrue();
    }

    @Test
    void whenEveryOtherPartIsGivenTheSmallestOneIsHiddenToo() {
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.suppressed(ConfStatus.A, null)),
                                List.of(Cell.of(0)),
                                List.of(Cell.of(9))),
                        List.of(Cell.of(12)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.part(1, 0).isSuppressed()).isTrue();
        assertThat(out.part(1, 0).suppressionMarker()).isEqualTo("c");
        assertThat(out.part(2, 0).isPrintable()).isTrue();
        assertThat(out.totals().get(0).isPrintable()).isTrue();
    }

    @Test
    void aSuppressedTotalWhosePartsAreAllPrintedLosesItsSmallestPart() {
        PartsTable table =
                new PartsTable(
                        List.of(List.of(Cell.of(2)), List.of(Cell.of(1))),
                        List.of(Cell.suppressed(ConfStatus.A, 3L)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.part(1, 0).secondary()).isTrue();
        assertThat(out.part(0, 0).printable()).hasValue(2);
    }

    @Test
    void twoSuppressedPartsNeedNothingMore() {
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.suppressed(ConfStatus.A, null)),
                                List.of(Cell.suppressed(ConfStatus.C, 9L)),
                                List.of(Cell.of(50))),
                        List.of(Cell.of(62)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.part(2, 0).printable()).hasValue(50);
        assertThat(out.totals().get(0).printable()).hasValue(62);
    }

    @Test
    void columnsAreProtectedEachOnItsOwn() {
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.of(10), Cell.suppressed(ConfStatus.N, 7L)),
                                List.of(Cell.of(20), Cell.of(8)),
                                List.of(Cell.of(30), Cell.of(90))),
                        List.of(Cell.of(60), Cell.of(105)));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(out.parts().stream().filter(r -> r.get(0).isSuppressed())).isEmpty();
        assertThat(out.part(1, 1).secondary()).isTrue();
        assertThat(out.part(2, 1).printable()).hasValue(90);
    }

    @Test
    void aTotalSummedOverPrintablePartsIsFlaggedPartialAndHidesNothing() {
        List<Cell> parts = List.of(Cell.suppressed(ConfStatus.C, 77L), Cell.of(5), Cell.of(100));
        Cell total = Cell.sumOfPrintable(parts);
        PartsTable table = new PartsTable(parts.stream().map(List::of).toList(), List.of(total));

        PartsTable out = SecondarySuppression.protect(table);

        assertThat(total.partial()).isTrue();
        assertThat(total.printable()).hasValue(105);
        assertThat(out.part(1, 0).printable()).as("no subtraction can reveal it").hasValue(5);
        assertThat(ReportValue.count(out.totals().get(0)).text()).isEqualTo("105*");
    }

    @Test
    void flagPartialTotalsMarksTotalsOfRowsWithSuppressedParts() {
        PartsTable table =
                new PartsTable(
                        List.of(
                                List.of(Cell.suppressed(ConfStatus.A, null), Cell.of(4_000)),
                                List.of(Cell.of(1_200), Cell.of(800))),
                        List.of(Cell.of(1_200), Cell.of(4_800)));

        PartsTable out = SecondarySuppression.flagPartialTotals(table);

        assertThat(out.totals().get(0).partial()).isTrue();
        assertThat(out.totals().get(1).partial()).isFalse();
        assertThat(ReportValue.count(out.totals().get(0)).text()).isEqualTo("1,200*");
        assertThat(ReportValue.count(out.totals().get(1)).text()).isEqualTo("4,800");
    }
}
