package org.thbhub.validation;

import java.util.Objects;
import org.thbhub.ingest.SourcePosition;

/**
 * One problem of a file, as a receipt shows it.
 *
 * @param line physical line of a text file, counting from 1; null for a workbook or the whole file
 * @param sheet for a workbook: the sheet, otherwise null
 * @param cell for a workbook: the cell, e.g. {@code C7}, otherwise null
 * @param field the column the problem is about, or null
 */
public record Problem(
        Severity severity,
        Integer line,
        String sheet,
        String cell,
        String field,
        ProblemCode code,
        String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(
            ProblemCode code, SourcePosition where, String field, Object... messageArgs) {
        return of(code, code.defaultSeverity(), where, field, messageArgs);
    }

    public static Problem of(
            ProblemCode code,
            Severity severity,
            SourcePosition where,
            String field,
            Object... messageArgs) {
        return new Problem(
                severity,
                where.line(),
                where.sheet(),
                where.cell(field),
                field,
                code,
                code.message(messageArgs));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
