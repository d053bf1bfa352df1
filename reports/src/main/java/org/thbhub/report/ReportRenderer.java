package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * Renders THB Hub reports in every {@link ReportFormat}. Plain Java: usable without a server.
 * Thread-safe; the compiled template is loaded once, when the renderer is made, so make one and
 * keep it (an application-scoped bean or a singleton).
 *
 * <p>PDF is laid out by JasperReports from the compiled {@code .jrxml}. XLSX (Apache POI), CSV and
 * HTML are written directly from the same composed {@link ReportDocument}: that gives numeric cells
 * with their flags as number formats, one sheet per section, CSV with formula injection
 * neutralised, and HTML with real tables, which Jasper's page-oriented exporters do not.
 */
public final class ReportRenderer {

    static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();

    private final PdfReportWriter pdf = new PdfReportWriter();
    private final XlsxReportWriter xlsx = new XlsxReportWriter();
    private final CsvReportWriter csv = new CsvReportWriter();
    private final HtmlReportWriter html = new HtmlReportWriter();

    public void render(TrendReportData data, ReportFormat format, OutputStream out) {
        write(TrendReportComposer.compose(data), format, out);
    }

    public void render(CountryProfileData data, ReportFormat format, OutputStream out) {
        write(CountryProfileComposer.compose(data), format, out);
    }

    /** Writes an already composed document; the output stream is left open. */
    public void write(ReportDocument document, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case PDF -> pdf.write(document, out);
                case XLSX -> xlsx.write(document, out);
                case CSV -> csv.write(document, out);
                case HTML -> html.write(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new ReportRenderingException("cannot render " + document.title(), e);
        }
    }

    /** Rendering failed for a reason that is no I/O error (a template that cannot be filled). */
    public static final class ReportRenderingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
