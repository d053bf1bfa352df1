package org.thbhub.web.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.report.ReportFormat;

/** The report endpoints' own query parameters, parsed into values or a 400 naming them. */
final class ReportParams {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern M49 = Pattern.compile("\\d{3}");

    private ReportParams() {}

    static OptionalInt year(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        if (!YEAR.matcher(value.strip()).matches()) {
            throw new InvalidRequestException(
                    name, name + " must be a year such as 2020, not " + value);
        }
        return OptionalInt.of(Integer.parseInt(value.strip()));
    }

    /** pdf (the default), xlsx, csv or html. */
    static ReportFormat format(String value) {
        if (value == null || value.isBlank()) {
            return ReportFormat.PDF;
        }
        try {
            return ReportFormat.fromParameter(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "format", "format must be one of pdf, xlsx, csv, html, not " + value);
        }
    }

    /**
     * Three-digit M49 codes; the parameter repeats, and a value may also list codes with commas.
     */
    static Set<String> regions(List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        if (values == null) {
            return codes;
        }
        for (String value : values) {
            for (String code : value.split(",")) {
                String stripped = code.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (!M49.matcher(stripped).matches()) {
                    throw new InvalidRequestException(
                            "regions",
                            "regions must be three-digit M49 codes such as 151, not " + code);
                }
                codes.add(stripped);
            }
        }
        return codes;
    }
}
