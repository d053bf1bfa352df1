package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thbhub.ingest.format.TestSupport.fixture;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationOutcome;
import org.thbhub.validation.ValidationReport;

class SubmissionFileReaderTest {

    @TempDir Path dir;

    private final SubmissionFileReader reader =
            new SubmissionFileReader(ReadLimits.defaults(), TestSupport.OSCE);

    @Test
    void detectsEachFormatFromItsContent() throws IOException {
        assertThat(FormatDetector.detect(fixture("stat-v2.csv"))).isEqualTo(InputFormat.SDMX_CSV);
        assertThat(FormatDetector.detect(fixture("stat-v2-semicolon-bom-crlf.csv")))
                .isEqualTo(InputFormat.SDMX_CSV);
        assertThat(FormatDetector.detect(fixture("stat.xml"))).isEqualTo(InputFormat.SDMX_ML);
        assertThat(FormatDetector.detect("\uFEFF  <x/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(InputFormat.SDMX_ML);
        assertThat(
                        FormatDetector.detect(
                                TestSupport.dataDir().resolve("unodc-glotip/data_glotip.csv")))
                .isEqualTo(InputFormat.UNODC_CSV);
        assertThat(
                        FormatDetector.detect(
                                TestSupport.dataDir().resolve("unodc-glotip/data_glotip.xlsx")))
                .isEqualTo(InputFormat.XLSX);
    }

    @Test
    void readsAndValidatesAFileWhateverItsFormat() throws IOException {
        for (String name : new String[] {"stat-v2.csv", "stat.xml"}) {
            ValidationReport report = new ValidationReport();
            SubmissionValidator v =
                    new SubmissionValidator(
                            TestSupport.CODE_LISTS,
                            new ValidationContext(
                                    Optional.of(CountryCode.of("AUT")), ImportKind.NATIONAL, 2025),
                            report);
            reader.read(fixture(name), v, report);
            ValidationOutcome o = v.finish();
            assertThat(report.snapshot().problems()).as(name).isEmpty();
            assertThat(o.rowsToStore()).as(name).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void anUnknownXlsxGoesToTheUnodcReader() throws IOException {
        ValidationReport report = new ValidationReport(100_000);
        int[] count = new int[1];
        InputFormat f =
                reader.read(
                        TestSupport.dataDir().resolve("unodc-glotip/data_glotip.xlsx"),
                        new RowSink() {
                            @Override
                            public void observation(ObservationRow row) {
                                count[0]++;
                            }

                            @Override
                            public void policy(PolicyRow row) {}
                        },
                        report);
        assertThat(f).isEqualTo(InputFormat.XLSX);
        assertThat(count[0]).isGreaterThan(20_000);
    }

    @Test
    void aFileAboveTheLimitIsNotRead() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.copy(fixture("stat-v2.csv"), file);
        ValidationReport report = new ValidationReport();
        new SubmissionFileReader(ReadLimits.defaults().withMaxFileBytes(100), TestSupport.OSCE)
                .read(file, new TestSupport.Collected(), report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.FILE_TOO_LARGE);
    }

    /** Many distinct rows streamed through reader and validator: every one read, none refused. */
    @Test
    void aLargeSdmxCsvStreamsThrough() throws IOException {
        streamThrough(20_000);
    }

    /**
     * A million rows (about 85 MB) streamed through reader and validator; prints rows/s. The sink
     * keeps nothing, so the heap holds one record plus the validator's packed keys. A benchmark
     * (docs/benchmarks.md): {@code mvn -pl integration-routes -am test -Dgroups=benchmark}.
     */
    @Test
    @Tag("benchmark")
    void aMillionRowSdmxCsvStreamsThrough() throws IOException {
        streamThrough(1_000_000);
    }

    private void streamThrough(int size) throws IOException {
        Path file = dir.resolve("rows-" + size + ".csv");
        int rows = 0;
        String[] sexes = {"F", "M", "OTH", "UNK", "_T"};
        String[] ages = {"Y_LT18", "Y_GE18", "UNK", "_T"};
        String[] expl = {
            "SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "ORG_REM", "OTH", "MIX", "UNK", "_T"
        };
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                            + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n");
            outer:
            for (String ind : new String[] {"VICT", "PROS", "CONV", "SUSP", "INVEST", "ASSIST"}) {
                for (int year = 1980; year <= 2025; year++) {
                    for (String s : sexes) {
                        for (String a : ages) {
                            for (String e : expl) {
                                for (String r : new String[] {"ONLINE", "OFFLINE", "UNK", "_T"}) {
                                    for (String c :
                                            new String[] {"NAT", "FOR", "STLS", "UNK", "_T"}) {
                                        if (rows == size) {
                                            break outer;
                                        }
                                        rows++;
                                        w.write(
                                                "dataflow,THB:THB_STAT(1.0),I,AUT,"
                                                        + ind
                                                        + ","
                                                        + s
                                                        + ","
                                                        + a
                                                        + ","
                                                        + c
                                                        + ","
                                                        + e
                                                        + ","
                                                        + r
                                                        + ","
                                                        + year
                                                        + ","
                                                        + (rows % 1000)
                                                        + ",A,F,\"row "
                                                        + rows
                                                        + "\"\n");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(rows).isEqualTo(size);
        int[] seen = new int[1];
        ValidationReport readOnly = new ValidationReport();
        long t0 = System.nanoTime();
        reader.read(
                file,
                new RowSink() {
                    @Override
                    public void observation(ObservationRow row) {
                        seen[0]++;
                    }

                    @Override
                    public void policy(PolicyRow row) {}
                },
                readOnly);
        long t1 = System.nanoTime();
        assertThat(seen[0]).isEqualTo(size);
        assertThat(readOnly.hasErrors()).isFalse();

        ValidationReport report = new ValidationReport();
        SubmissionValidator v =
                new SubmissionValidator(
                        TestSupport.CODE_LISTS,
                        new ValidationContext(
                                Optional.of(CountryCode.of("AUT")), ImportKind.NATIONAL, 2025),
                        report);
        long t2 = System.nanoTime();
        reader.read(file, v, report);
        ValidationOutcome o = v.finish();
        long t3 = System.nanoTime();
        assertThat(o.observationRows()).isEqualTo(size);
        assertThat(report.count(ProblemCode.CODE_UNKNOWN)).isZero();
        assertThat(report.count(ProblemCode.DUPLICATE_KEY)).isZero();
        System.out.printf(
                "%d-row SDMX-CSV (%d MB): read %.0f rows/s; read+validate %.0f rows/s; heap used now %d MB%n",
                size,
                Files.size(file) >> 20,
                size / ((t1 - t0) / 1e9),
                size / ((t3 - t2) / 1e9),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
