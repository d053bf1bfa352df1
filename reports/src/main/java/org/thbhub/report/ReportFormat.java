package org.thbhub.report;

import java.util.Arrays;
import java.util.Locale;

/** The formats a report is rendered in, with what an HTTP answer needs to serve one. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv"),
    HTML("text/html; charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** From the {@code format} query parameter: "pdf", "xlsx", "csv", "html", any case. */
    public static ReportFormat fromParameter(String value) {
        return Arrays.stream(values())
                .filter(
                        f ->
                                f.extension.equals(
                                        value == null
                                                ? ""
                                                : value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format: " + value));
    }
}
