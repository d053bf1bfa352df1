package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.thbhub.ingest.format.TestSupport.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationOutcome;
import org.thbhub.validation.ValidationReport;

class SdmxCsvReaderTest {

    private final ValidationReport report = new ValidationReport();
    private final TestSupport.Collected rows = new TestSupport.Collected();

    private void read(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(fixture(fixture))) {
            new SdmxCsvReader(ReadLimits.defaults()).read(in, rows, report);
        }
    }

    private List<Problem> problems() {
        return report.snapshot().problems();
    }

    @Test
    void readsSdmxCsv2WithQuotedFieldsAndLines() throws IOException {
        read("stat-v2.csv");
        assertThat(problems()).isEmpty();
        assertThat(rows.observations)
                .extracting(r -> r.position().line(), ObservationRow::sex, ObservationRow::obsValue)
                .containsExactly(
                        tuple(2, "_T", "58"),
                        tuple(3, "F", "41"),
                        tuple(4, "M", "17"),
                        tuple(5, "_T", ""));
        assertThat(rows.observations.get(2).comment()).isEqualTo("Vienna, Graz");
        assertThat(rows.observations.get(3).confStatus()).isEqualTo("A");
        assertThat(rows.observations.get(0).action()).isEqualTo("I");
    }

    @Test
    void semicolonBomCrlfAndMissingDimensionColumnsMeanTotal() throws IOException {
        read("stat-v2-semicolon-bom-crlf.csv");
        assertThat(problems()).isEmpty();
        assertThat(rows.observations).hasSize(2);
        ObservationRow first = rows.observations.get(0);
        assertThat(first.refArea()).isEqualTo("AT");
        assertThat(first.comment()).isEqualTo("Gerichte; Staatsanwaltschaft");
        assertThat(
                        List.of(
                                first.sex(),
                                first.age(),
                                first.citizen(),
                                first.expl(),
                                first.recruit()))
                .containsOnly("_T");
        assertThat(first.action()).isEmpty();
        assertThat(rows.observations.get(1).comment()).isEqualTo("Zürich");
        assertThat(rows.observations.get(1).position().line()).isEqualTo(3);
    }

    @Test
    void readsSdmxCsv1() throws IOException {
        read("stat-v1.csv");
        assertThat(problems()).isEmpty();
        assertThat(rows.observations)
                .extracting(ObservationRow::refArea, ObservationRow::sex, ObservationRow::obsValue)
                .containsExactly(tuple("DEU", "F", "430"), tuple("DEU", "M", "99"));
    }

    @Test
    void latin1BytesAreAnEncodingErrorOnTheirLine() throws IOException {
        read("latin1.csv");
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(
                        tuple(ProblemCode.ENCODING_INVALID, 3),
                        tuple(ProblemCode.ENCODING_INVALID, 5));
        assertThat(rows.observations).hasSize(4);
    }

    @Test
    void raggedRowsAreReportedWithPhysicalLinesAfterAQuotedNewline() throws IOException {
        read("ragged-and-multiline.csv");
        assertThat(problems())
                .extracting(Problem::code, Problem::line, Problem::message)
                .containsExactly(
                        tuple(ProblemCode.ROW_RAGGED, 4, "The row has 6 fields, the header has 7."),
                        tuple(
                                ProblemCode.ROW_RAGGED,
                                6,
                                "The row has 8 fields, the header has 7."));
        assertThat(rows.observations)
                .extracting(r -> r.position().line(), ObservationRow::comment)
                .containsExactly(tuple(2, "first line\nsecond line"), tuple(7, "last"));
    }

    @Test
    void aFileWithoutHeaderIsHeaderMissing() throws IOException {
        read("no-header.csv");
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.HEADER_MISSING, 1));
        assertThat(rows.observations).isEmpty();
    }

    @Test
    void anotherSeparatorIsSeparatorUnknown() throws IOException {
        read("tab-separated.csv");
        assertThat(problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.SEPARATOR_UNKNOWN);
    }

    @Test
    void unknownColumnIsAnError() throws IOException {
        read("unknown-column.csv");
        assertThat(problems())
                .extracting(Problem::code, Problem::field, Problem::line)
                .containsExactly(tuple(ProblemCode.COLUMN_UNKNOWN, "SEXX", 1));
        // a misspelt dimension column is not silently a total: the file fails on the header
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void bothStructuresInOneFileAndUnknownStructures() throws IOException {
        read("mixed-structures.csv");
        assertThat(problems())
                .extracting(Problem::code, Problem::line, Problem::field)
                .containsExactly(tuple(ProblemCode.STRUCTURE_UNKNOWN, 4, "STRUCTURE_ID"));
        assertThat(rows.observations)
                .extracting(ObservationRow::indicator, ObservationRow::action)
                .containsExactly(tuple("VICT", "R"), tuple("PROS", "I"));
        assertThat(rows.policies).hasSize(1);
        assertThat(rows.policies.get(0).legalRef()).isEqualTo("Nationaler Aktionsplan 2021-2023");
        assertThat(rows.policies.get(0).status()).isEqualTo("YES");
    }

    @Test
    void headerOnlyIsNoDataRowsOnceValidated() throws IOException {
        SubmissionValidator v = validator();
        try (InputStream in = Files.newInputStream(fixture("header-only.csv"))) {
            new SdmxCsvReader(ReadLimits.defaults()).read(in, v, report);
        }
        v.finish();
        assertThat(problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_DATA_ROWS);
    }

    @Test
    void anEmptyFileIsNoDataRows() throws IOException {
        SubmissionValidator v = validator();
        new SdmxCsvReader(ReadLimits.defaults())
                .read(new ByteArrayInputStream(new byte[0]), v, report);
        v.finish();
        assertThat(problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_DATA_ROWS);
    }

    @Test
    void badValuesAreReportedByLineThroughTheValidator() throws IOException {
        SubmissionValidator v = validator();
        try (InputStream in = Files.newInputStream(fixture("bad-values.csv"))) {
            new SdmxCsvReader(ReadLimits.defaults()).read(in, v, report);
        }
        ValidationOutcome outcome = v.finish();
        assertThat(problems())
                .extracting(Problem::code, Problem::line, Problem::field)
                .containsExactly(
                        tuple(ProblemCode.VALUE_NOT_A_COUNT, 2, "OBS_VALUE"),
                        tuple(ProblemCode.VALUE_NOT_A_COUNT, 3, "OBS_VALUE"),
                        tuple(ProblemCode.CODE_UNKNOWN, 4, "SEX"),
                        tuple(ProblemCode.YEAR_OUT_OF_RANGE, 4, "TIME_PERIOD"),
                        tuple(ProblemCode.COUNTRY_MISMATCH, 5, "REF_AREA"));
        assertThat(outcome.observationsToStore()).isZero();
    }

    @Test
    void unclosedQuoteIsReported() throws IOException {
        String csv =
                "STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,COMMENT\n"
                        + "dataflow,THB:THB_STAT(1.0),AUT,VICT,2019,5,\"open\nstill open\n";
        new SdmxCsvReader(ReadLimits.defaults())
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows, report);
        assertThat(problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.QUOTE_UNCLOSED, 2));
    }

    private SubmissionValidator validator() {
        return new SubmissionValidator(
                TestSupport.CODE_LISTS,
                new ValidationContext(
                        Optional.of(CountryCode.of("AUT")), ImportKind.NATIONAL, 2025),
                report);
    }
}
