package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thbhub.ingest.format.TestSupport.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationReport;

/**
 * One file per class of hostile input of issue 8: each is refused with its code, in bounded memory,
 * and a message quotes at most a short prefix of what the file holds.
 */
class HostileFilesTest {

    @TempDir Path dir;

    private final ValidationReport report = new ValidationReport();

    private List<ProblemCode> judge(Path file, ReadLimits limits) throws IOException {
        SubmissionValidator validator =
                new SubmissionValidator(
                        TestSupport.CODE_LISTS,
                        new ValidationContext(
                                Optional.of(CountryCode.of("AUT")), ImportKind.NATIONAL, 2025),
                        report);
        new SubmissionFileReader(limits, TestSupport.OSCE).read(file, validator, report);
        validator.finish();
        return report.snapshot().problems().stream().map(Problem::code).toList();
    }

    private List<ProblemCode> judge(String fixture) throws IOException {
        return judge(fixture(fixture), ReadLimits.defaults());
    }

    @Test
    void aCellBeyondExcelsLastColumnStopsTheSheet() throws IOException {
        assertThat(judge("xlsx-cell-beyond-last-column.xlsx"))
                .contains(ProblemCode.XLSX_CELL_OUT_OF_RANGE);
        assertThat(report.snapshot().problems().get(0).message()).contains("ZZZZZZ1");
    }

    @Test
    void inflatedBytesAreCountedWhateverTheZipDeclares() throws IOException {
        // the directory says 1,000 bytes; the part inflates to 64 MB from 65 KB
        assertThat(judge("xlsx-lying-sizes.xlsx")).contains(ProblemCode.XLSX_UNSAFE);
        assertThat(report.snapshot().problems().get(0).message()).contains("zip bomb");
    }

    @Test
    void sharedStringsAreBoundedInCountAndSize() throws IOException {
        Path file = dir.resolve("strings.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Data");
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("distinct text " + r);
            }
            wb.write(out);
        }
        ReadLimits few =
                new ReadLimits(
                        1 << 24, 32, 100, 1 << 24, 1 << 26, 100, 1000, 10, 100_000, 1024, 512);
        assertThat(judge(file, few)).containsExactly(ProblemCode.XLSX_TOO_LARGE);
        assertThat(report.snapshot().problems().get(0).message()).contains("10 shared strings");
    }

    @Test
    void aFirstLineLongerThanTheLimitIsRefusedNotFailed() throws IOException {
        assertThat(judge("csv-first-line-too-long.csv")).contains(ProblemCode.LINE_TOO_LONG);
        assertThat(report.snapshot().problems().get(0).line()).isEqualTo(1);
    }

    @Test
    void aFieldLongerThanTheLimitEndsTheFileWithItsLine() throws IOException {
        assertThat(judge("csv-field-too-long.csv")).contains(ProblemCode.FIELD_TOO_LONG);
        Problem p =
                report.snapshot().problems().stream()
                        .filter(x -> x.code() == ProblemCode.FIELD_TOO_LONG)
                        .findFirst()
                        .orElseThrow();
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void controlCharactersAndValuesLongerThanTheirColumnAreCaughtByValidation() throws IOException {
        List<ProblemCode> codes = judge("csv-control-characters-and-long-values.csv");
        assertThat(codes)
                .contains(
                        ProblemCode.CONTROL_CHARACTER,
                        ProblemCode.VALUE_TOO_LONG,
                        ProblemCode.CODE_UNKNOWN);
        for (Problem p : report.snapshot().problems()) {
            // quoted at most as a short prefix, NUL escaped
            assertThat(p.message()).doesNotContain("\u0000").hasSizeLessThan(300);
        }
        Problem tooLong =
                report.snapshot().problems().stream()
                        .filter(x -> x.code() == ProblemCode.VALUE_TOO_LONG)
                        .findFirst()
                        .orElseThrow();
        assertThat(tooLong.line()).isEqualTo(3);
        assertThat(tooLong.field()).isEqualTo("COMMENT");
        assertThat(tooLong.message()).contains("1500").contains("1000").contains("…");
    }

    @Test
    void aSourceUrlMustBeHttpOrHttps() throws IOException {
        assertThat(judge("policy-bad-url.csv")).containsExactly(ProblemCode.URL_NOT_HTTP);
    }
}
