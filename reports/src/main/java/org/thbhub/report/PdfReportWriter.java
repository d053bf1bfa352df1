package org.thbhub.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Lays a {@link ReportDocument} out with the compiled {@code thb-report.jasper}: one record per
 * table, grouped by section. The compiled report is loaded once; filling is thread-safe.
 */
final class PdfReportWriter {

    static final String TEMPLATE = "/org/thbhub/report/thb-report.jasper";

    private final JasperReport template;

    PdfReportWriter() {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(
                        TEMPLATE
                                + " is missing: the build compiles it from src/main/jasperreports");
            }
            template = (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + TEMPLATE, e);
        }
    }

    void write(ReportDocument document, OutputStream out) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title());
        parameters.put("SUBTITLE", document.subtitle());
        parameters.put("FILTERS", String.join("\n", document.filters()));
        parameters.put("AS_OF", document.asOfText());
        parameters.put("GENERATED_AT", document.generatedAtText());
        parameters.put("HOW_TO_READ", document.howToRead());
        parameters.put("LEGEND", document.legend());
        parameters.put("SOURCE", document.source());
        parameters.put("T_DATA_AS_OF", document.word("pdf.dataAsOf", document.asOfText()));
        parameters.put(
                "T_GENERATED_AT", document.word("pdf.generatedAt", document.generatedAtText()));
        parameters.put("T_HOW_TO_READ", document.word("pdf.howToRead"));
        parameters.put("T_SIGNS", document.word("pdf.signs", document.legend()));
        parameters.put("T_SOURCE", document.word("pdf.source", document.source()));
        parameters.put(
                "T_FOOTER",
                document.word(
                        "pdf.footer",
                        document.title(),
                        document.asOfText(),
                        document.generatedAtText()));
        parameters.put("T_PAGE", document.word("pdf.page"));
        JasperPrint print =
                JasperFillManager.getInstance(ReportRenderer.CONTEXT)
                        .fill(
                                template,
                                parameters,
                                new JRMapCollectionDataSource(records(document)));
        // the language a screen reader speaks the tagged PDF in
        print.setProperty(
                "net.sf.jasperreports.export.pdf.tag.language",
                document.texts().locale().toLanguageTag().toUpperCase(java.util.Locale.ROOT));
        JRPdfExporter exporter = new JRPdfExporter(ReportRenderer.CONTEXT);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(document.title());
        configuration.setMetadataCreator("THB Hub");
        configuration.setTagged(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** One record per table; a section without tables is one record without a table. */
    private static List<Map<String, ?>> records(ReportDocument document) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (ReportSection section : document.sections()) {
            ChartRenderable chart =
                    section.charts().isEmpty()
                            ? null
                            : new ChartRenderable(section.charts(), document.texts().locale());
            List<ReportTable> tables = section.tables();
            for (int i = 0; i < Math.max(1, tables.size()); i++) {
                ReportTable table = tables.isEmpty() ? null : tables.get(i);
                Map<String, Object> record = new HashMap<>();
                record.put("sectionId", section.id());
                record.put("sectionTitle", section.title());
                record.put("headline", section.headline());
                record.put("chart", chart);
                record.put("note", section.note());
                record.put("layout", table == null ? "NONE" : layout(table));
                if (table != null) {
                    record.put("tableTitle", table.title());
                    record.put("tableNote", table.note().isEmpty() ? null : table.note());
                    record.put("rowHeader", table.rowHeader());
                    record.put("cells", cells(table, document.texts()));
                }
                records.add(record);
            }
        }
        return records;
    }

    /**
     * GRID for narrow cells of marks; WIDE for a few columns headed by words (not years), so that
     * their headers fit in two lines; NUMBERS otherwise.
     */
    static String layout(ReportTable table) {
        if (table.layout() == ReportTable.Layout.GRID) {
            return "GRID";
        }
        boolean words = table.columns().stream().anyMatch(c -> !c.matches("\\d{4}"));
        return words && table.columns().size() <= WIDE_COLUMNS ? "WIDE" : "NUMBERS";
    }

    /** Columns a WIDE table may have: 7 x 58 pt beside the 120 pt of row labels. */
    static final int WIDE_COLUMNS = 7;

    /** The table as (row, column, text) triples for the crosstab; keys sort in table order. */
    private static List<Map<String, ?>> cells(ReportTable table, Texts texts) {
        List<Map<String, ?>> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            ReportTable.Row row = table.rows().get(r);
            for (int c = 0; c < table.columns().size(); c++) {
                ReportValue value = row.values().get(c);
                cells.add(
                        Map.of(
                                "rowKey", key(r, row.label()),
                                "colKey", key(c, table.columns().get(c)),
                                "text", value.text(texts),
                                "numeric", value.kind() != ReportValue.Kind.TEXT,
                                "total", row.total()));
            }
        }
        return cells;
    }

    private static String key(int index, String label) {
        return String.format("%04d|%s", index, label);
    }
}
