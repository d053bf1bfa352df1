package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A report whose data are loaded and whose access is checked, ready to be written: the database
 * work is done, what is left (composing and laying out) is plain Java that needs no connection, so
 * it can run while the HTTP answer streams.
 */
public final class PreparedReport {

    /** Writes the document; the stream is left open. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String fileName;
    private final ReportFormat format;
    private final String language;
    private final Body body;

    public PreparedReport(String fileName, ReportFormat format, Body body) {
        this(fileName, format, "en", body);
    }

    public PreparedReport(String fileName, ReportFormat format, String language, Body body) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.format = Objects.requireNonNull(format, "format");
        this.language = Objects.requireNonNull(language, "language");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** The language the document is written in ("en", "ru"). */
    public String language() {
        return language;
    }

    /** "thb-trends-2015-2020.pdf": plain ASCII, safe in a Content-Disposition header. */
    public String fileName() {
        return fileName;
    }

    public ReportFormat format() {
        return format;
    }

    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }
}
