package org.thbhub.submission;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ValidationReport;

/** The report of a submission as JSON: what the API answers and the receipts carry. */
public final class ReportJson {

    private ReportJson() {}

    public static JsonObject of(ValidationReport.Snapshot report, String format) {
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem p : report.problems()) {
            JsonObjectBuilder problem =
                    Json.createObjectBuilder().add("severity", p.severity().name());
            if (p.line() != null) {
                problem.add("line", p.line());
            }
            if (p.sheet() != null) {
                problem.add("sheet", p.sheet());
            }
            if (p.cell() != null) {
                problem.add("cell", p.cell());
            }
            if (p.field() != null) {
                problem.add("field", p.field());
            }
            problems.add(problem.add("code", p.code().name()).add("message", p.message()));
        }
        JsonObjectBuilder report_ =
                Json.createObjectBuilder()
                        .add("errors", report.errorCount())
                        .add("warnings", report.warningCount())
                        .add("omitted", report.omitted());
        if (format != null) {
            report_.add("format", format);
        }
        JsonObjectBuilder byCode = Json.createObjectBuilder();
        report.countsByCode().forEach((code, count) -> byCode.add(code.name(), count));
        return report_.add("countsByCode", byCode).add("problems", problems).build();
    }

    /** The report of a file found to be a copy of an accepted one: nothing to say but that. */
    public static JsonObject duplicate(SubmissionId original) {
        return Json.createObjectBuilder()
                .add("errors", 0)
                .add("warnings", 0)
                .add("omitted", 0)
                .add("duplicateOf", original.toString())
                .add("problems", Json.createArrayBuilder())
                .build();
    }
}
