package org.thbhub.submission;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ValidationReport;

/**
 * The report of a submission, as stored with it and shown in every answer and receipt: JSON-B
 * records written once when the file is judged. Members without a value are left out.
 */
public final class ReportJson {

    /** Thread-safe, and costly to build: one for the class. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ReportJson() {}

    /** One problem: where (line, or sheet and cell; field), what (code) and in words. */
    @JsonbPropertyOrder({"severity", "line", "sheet", "cell", "field", "code", "message"})
    public record ProblemJson(
            String severity,
            Integer line,
            String sheet,
            String cell,
            String field,
            String code,
            String message) {

        static ProblemJson of(Problem p) {
            return new ProblemJson(
                    p.severity().name(),
                    p.line(),
                    p.sheet(),
                    p.cell(),
                    p.field(),
                    p.code().name(),
                    p.message());
        }
    }

    /**
     * @param countsByCode every code met, with how often, in code order (also for the problems
     *     beyond the listed ones)
     * @param duplicateOf for a copy of an accepted file: the accepted submission
     */
    @JsonbPropertyOrder({
        "errors",
        "warnings",
        "omitted",
        "format",
        "duplicateOf",
        "countsByCode",
        "problems"
    })
    public record ReportDocument(
            long errors,
            long warnings,
            long omitted,
            String format,
            String duplicateOf,
            Map<String, Long> countsByCode,
            List<ProblemJson> problems) {

        public String json() {
            return JSONB.toJson(this);
        }
    }

    public static ReportDocument of(ValidationReport.Snapshot report, String format) {
        Map<String, Long> byCode = new TreeMap<>();
        report.countsByCode().forEach((code, count) -> byCode.put(code.name(), count));
        return new ReportDocument(
                report.errorCount(),
                report.warningCount(),
                report.omitted(),
                format,
                null,
                byCode,
                report.problems().stream().map(ProblemJson::of).toList());
    }

    /** The report of a file found to be a copy of an accepted one: nothing to say but that. */
    public static ReportDocument duplicate(SubmissionId original) {
        return new ReportDocument(0, 0, 0, null, original.toString(), null, List.of());
    }
}
