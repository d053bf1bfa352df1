package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ImportKind;
import org.thbhub.validation.ImportMode;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.SubmissionValidator;
import org.thbhub.validation.ValidationContext;
import org.thbhub.validation.ValidationReport;

class XlsxTemplateTest {

    private static final CountryCode AUT = CountryCode.of("AUT");

    @TempDir Path dir;

    private final ValidationReport report = new ValidationReport();
    private final TestSupport.Collected rows = new TestSupport.Collected();
    private final XlsxTemplate template = new XlsxTemplate(ReadLimits.defaults());

    private Path generate() throws IOException {
        Path file = dir.resolve("AUT.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            template.generate(TestSupport.CODE_LISTS, AUT, out);
        }
        return file;
    }

    @Test
    void theTemplateHasItsSheetsHeadersAndDropDowns() throws IOException {
        try (InputStream in = Files.newInputStream(generate());
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(
                            List.of(
                                    wb.getSheetName(0),
                                    wb.getSheetName(1),
                                    wb.getSheetName(2),
                                    wb.getSheetName(3)))
                    .containsExactly("Read me", "Data", "Policy", "Codes");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Codes"))).isTrue();
            Row header = wb.getSheet("Data").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("ACTION");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("REF_AREA");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("COMMENT");
            List<? extends DataValidation> validations = wb.getSheet("Data").getDataValidations();
            assertThat(validations)
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("list_REF_AREA", "list_INDICATOR", "list_SEX", "list_CONF_STATUS");
            assertThat(wb.getName("list_REF_AREA").getRefersToFormula())
                    .isEqualTo("'Codes'!$K$2:$K$2");
            assertThat(wb.getSheet("Codes").getRow(1).getCell(10).getStringCellValue())
                    .isEqualTo("AUT");
            assertThat(wb.getSheet("Policy").getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("list_POLICY_ITEM", "list_POLICY_STATUS");
        }
    }

    @Test
    void aFilledTemplateReadsBackUnchanged() throws IOException {
        Path file = generate();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet("Data");
            fill(
                    data.createRow(1),
                    "I",
                    "AUT",
                    "VICT",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    2023,
                    58,
                    "",
                    "",
                    "");
            fill(
                    data.createRow(2),
                    "I",
                    "AUT",
                    "VICT",
                    "F",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    2023,
                    41,
                    "P",
                    "",
                    "Länder, vorläufig");
            fill(
                    data.createRow(4),
                    "",
                    "AUT",
                    "VICT",
                    "M",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    2023,
                    null,
                    "",
                    "A",
                    "");
            Sheet policy = wb.getSheet("Policy");
            Row p = policy.createRow(1);
            String[] values = {
                "", "AUT", "NAP", "2023", "YES", "BGBl. I Nr. 1/2023", "https://example.org/nap", ""
            };
            for (int i = 0; i < values.length; i++) {
                p.createCell(i).setCellValue(values[i]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        template.read(file, rows, report);
        assertThat(report.snapshot().problems()).isEmpty();
        assertThat(rows.observations)
                .extracting(
                        r -> r.position().sheetRow(),
                        ObservationRow::sex,
                        ObservationRow::timePeriod,
                        ObservationRow::obsValue,
                        ObservationRow::obsStatus,
                        ObservationRow::confStatus,
                        ObservationRow::comment)
                .containsExactly(
                        tuple(2, "_T", "2023", "58", "", "", ""),
                        tuple(3, "F", "2023", "41", "P", "", "Länder, vorläufig"),
                        tuple(5, "M", "2023", "", "", "A", ""));
        assertThat(rows.policies)
                .extracting(
                        PolicyRow::policyItem,
                        PolicyRow::status,
                        PolicyRow::legalRef,
                        PolicyRow::sourceUrl)
                .containsExactly(
                        tuple("NAP", "YES", "BGBl. I Nr. 1/2023", "https://example.org/nap"));

        // and through the validator: accepted, as a national file of AUT
        ValidationReport validated = new ValidationReport();
        SubmissionValidator v = validator(validated);
        template.read(file, v, validated);
        assertThat(v.finish().acceptedIn(ImportMode.STRICT)).isTrue();
        assertThat(validated.snapshot().problems()).isEmpty();
    }

    @Test
    void problemsOfAFilledTemplateCarrySheetAndCell() throws IOException {
        Path file = generate();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet("Data");
            fill(
                    data.createRow(6),
                    "I",
                    "AUT",
                    "VICT",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    2023,
                    -3,
                    "",
                    "",
                    "");
            fill(
                    data.createRow(7),
                    "I",
                    "DEU",
                    "VICT",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    "_T",
                    2023,
                    3,
                    "",
                    "",
                    "");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SubmissionValidator v = validator(report);
        template.read(file, v, report);
        v.finish();
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::sheet, Problem::cell, Problem::line)
                .containsExactly(
                        tuple(ProblemCode.VALUE_NOT_A_COUNT, "Data", "J7", null),
                        tuple(ProblemCode.COUNTRY_MISMATCH, "Data", "B8", null));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        template.read(bomb, rows, report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.XLSX_UNSAFE);
        assertThat(report.snapshot().problems().get(0).message())
                .contains("xl/worksheets/sheet1.xml inflates");
    }

    @Test
    void aWorkbookWithoutDataSheetIsReported() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        template.read(file, rows, report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::message)
                .containsExactly(
                        tuple(ProblemCode.XLSX_SHEET_MISSING, "The workbook has no sheet 'Data'."));
    }

    @Test
    void sheetRowLimitIsEnforced() throws IOException {
        Path file = generate();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int r = 1; r <= 20; r++) {
                fill(
                        wb.getSheet("Data").createRow(r),
                        "I",
                        "AUT",
                        "VICT",
                        "_T",
                        "_T",
                        "_T",
                        "_T",
                        "_T",
                        2000 + r,
                        r,
                        "",
                        "",
                        "");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReadLimits limits =
                new ReadLimits(
                        1 << 20, 32, 100, 1 << 20, 1 << 24, 100, 10, 1000, 100_000, 1024, 512);
        new XlsxTemplate(limits).read(file, rows, report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::sheet, Problem::cell)
                .containsExactly(tuple(ProblemCode.XLSX_TOO_LARGE, "Data", "A11"));
        assertThat(rows.observations).hasSize(9);
    }

    private static void fill(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    private static SubmissionValidator validator(ValidationReport report) {
        return new SubmissionValidator(
                TestSupport.CODE_LISTS,
                new ValidationContext(Optional.of(AUT), ImportKind.NATIONAL, 2025),
                report);
    }
}
