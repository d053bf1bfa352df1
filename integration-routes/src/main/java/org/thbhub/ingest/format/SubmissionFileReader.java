package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

/**
 * The one entry point of the pipeline's read stage: detects the format of a stored file and streams
 * its rows into a sink (usually a {@code SubmissionValidator}), problems into the report.
 */
public final class SubmissionFileReader {

    private final ReadLimits limits;
    private final Set<CountryCode> unodcCountries;

    /**
     * @param unodcCountries the countries whose rows a UNODC export contributes (the OSCE's 68)
     */
    public SubmissionFileReader(ReadLimits limits, Set<CountryCode> unodcCountries) {
        this.limits = limits;
        this.unodcCountries = Set.copyOf(unodcCountries);
    }

    /** Reads the file; answers the format found, so the caller can refuse a UNODC file. */
    public InputFormat read(Path file, RowSink sink, ValidationReport report) throws IOException {
        long size = Files.size(file);
        InputFormat format = FormatDetector.detect(file);
        if (size > limits.maxFileBytes()) {
            report.add(
                    ProblemCode.FILE_TOO_LARGE, SourcePosition.none(), null, limits.maxFileBytes());
            return format;
        }
        switch (format) {
            case SDMX_CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    new SdmxCsvReader(limits).read(in, sink, report);
                }
            }
            case SDMX_ML -> {
                try (InputStream in = Files.newInputStream(file)) {
                    new SdmxMlReader(limits).read(in, sink, report);
                }
            }
            case UNODC_CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    new UnodcGlotipReader(unodcCountries, limits).readCsv(in, sink, report);
                }
            }
            case XLSX -> readWorkbook(file, sink, report);
        }
        return format;
    }

    /**
     * Whether the file is the UNODC GLOTIP export (CSV, or a workbook that is not our template):
     * known before reading, because it decides how the file is judged and who may send it.
     */
    public boolean isUnodcExport(Path file) throws IOException {
        InputFormat format = FormatDetector.detect(file);
        if (format == InputFormat.UNODC_CSV) {
            return true;
        }
        if (format != InputFormat.XLSX) {
            return false;
        }
        ValidationReport probe = new ValidationReport();
        XlsxWorkbook workbook = new XlsxWorkbook(limits);
        return workbook.safe(file, probe)
                && !workbook.sheetNames(file, probe).contains(XlsxTemplate.DATA_SHEET);
    }

    private void readWorkbook(Path file, RowSink sink, ValidationReport report) throws IOException {
        XlsxWorkbook workbook = new XlsxWorkbook(limits);
        if (!workbook.safe(file, report)) {
            return;
        }
        if (workbook.sheetNames(file, report).contains(XlsxTemplate.DATA_SHEET)) {
            new XlsxTemplate(limits).read(file, sink, report);
        } else {
            new UnodcGlotipReader(unodcCountries, limits).readXlsx(file, sink, report);
        }
    }
}
