package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.ingest.Structure;

class HeaderCheckTest {

    private final ValidationReport report = new ValidationReport();

    @Test
    void columnsInAnyOrderAnyCase() {
        HeaderCheck.Header h =
                HeaderCheck.check(
                        List.of(
                                "obs_value",
                                "TIME_PERIOD",
                                "STRUCTURE_ID",
                                "STRUCTURE",
                                "REF_AREA",
                                "INDICATOR"),
                        true,
                        null,
                        SourcePosition.line(1),
                        report);
        assertThat(report.snapshot().problems()).isEmpty();
        assertThat(h.complete()).containsExactly(Structure.THB_STAT);
        assertThat(h.indexOf("OBS_VALUE")).contains(0);
        assertThat(h.has("SEX")).isFalse();
    }

    @Test
    void unknownDuplicateAndMissingColumnsAreErrors() {
        HeaderCheck.Header h =
                HeaderCheck.check(
                        List.of(
                                "STRUCTURE",
                                "STRUCTURE_ID",
                                "REF_AREA",
                                "INDICATOR",
                                "SEXX",
                                "REF_AREA",
                                "TIME_PERIOD"),
                        true,
                        null,
                        SourcePosition.line(1),
                        report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::field)
                .containsExactly(
                        tuple(ProblemCode.COLUMN_UNKNOWN, "SEXX"),
                        tuple(ProblemCode.COLUMN_DUPLICATE, "REF_AREA"),
                        tuple(ProblemCode.COLUMN_REQUIRED_MISSING, "OBS_VALUE"));
        assertThat(h.complete()).isEmpty();
    }

    @Test
    void sdmxCsv1NeedsOnlyDataflow() {
        HeaderCheck.Header h =
                HeaderCheck.check(
                        List.of("DATAFLOW", "REF_AREA", "POLICY_ITEM", "TIME_PERIOD", "STATUS"),
                        true,
                        null,
                        SourcePosition.line(1),
                        report);
        assertThat(report.snapshot().problems()).isEmpty();
        assertThat(h.isSdmxCsv1()).isTrue();
        assertThat(h.complete()).containsExactly(Structure.THB_POLICY);
    }
}
