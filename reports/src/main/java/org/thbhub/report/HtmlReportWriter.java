package org.thbhub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A report as one self-contained, accessible HTML page: real {@code <table>}s with headers, numbers
 * right-aligned, charts as embedded images with a text alternative. Every text is escaped.
 */
final class HtmlReportWriter {

    private static final String CSS =
            "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;max-width:60em;"
                    + "margin:2em auto;padding:0 1em}"
                    + "h1{color:#0072B2}h2{color:#0072B2;border-top:3px solid #0072B2;"
                    + "padding-top:.5em;margin-top:2em}"
                    + ".headline{font-size:1.15em;font-weight:bold}"
                    + ".how{background:#EEF4FA;border:1px solid #0072B2;padding:.5em 1em}"
                    + ".note{font-size:.8em;font-style:italic;color:#555}"
                    + "table{border-collapse:collapse;font-size:.8em;margin:.5em 0 1.5em}"
                    + "caption{text-align:left;font-weight:bold;padding:.3em 0}"
                    + "th,td{padding:.15em .5em;border-bottom:1px solid #ddd}"
                    + "thead th{border-bottom:2px solid #444;text-align:right}"
                    + "thead th:first-child,tbody th{text-align:left;font-weight:normal}"
                    + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
                    + "td.t{text-align:center}tr.total th,tr.total td{font-weight:bold}"
                    + "img{max-width:100%}footer{font-size:.8em;color:#555;margin-top:2em}";

    void write(ReportDocument document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(
                "<!DOCTYPE html>\n<html lang=\""
                        + esc(document.texts().language())
                        + "\"><head><meta charset=\"utf-8\">");
        w.write("<title>" + esc(document.title()) + "</title><style>" + CSS + "</style></head>");
        w.write(
                "<body><header><h1>"
                        + esc(document.title())
                        + "</h1><p>"
                        + esc(document.subtitle())
                        + "</p><ul>");
        for (String filter : document.filters()) {
            w.write("<li>" + esc(filter) + "</li>");
        }
        w.write(
                "</ul><p><strong>"
                        + esc(document.word("pdf.dataAsOf", document.asOfText()))
                        + "</strong> \u00b7 "
                        + esc(document.word("pdf.generatedAt", document.generatedAtText()))
                        + "</p>");
        w.write(
                "<div class=\"how\"><h2 style=\"border:0;margin:0\">"
                        + esc(document.word("pdf.howToRead"))
                        + "</h2><p>"
                        + esc(document.howToRead())
                        + "</p><p class=\"note\">"
                        + esc(document.word("pdf.signs", document.legend()))
                        + "</p></div></header>\n<main>");
        for (ReportSection section : document.sections()) {
            w.write(
                    "<section id=\""
                            + esc(section.id())
                            + "\"><h2>"
                            + esc(section.title())
                            + "</h2><p class=\"headline\">"
                            + esc(section.headline())
                            + "</p>");
            if (!section.charts().isEmpty()) {
                byte[] png =
                        Charts.png(
                                section.charts(),
                                document.texts().locale(),
                                535 * section.charts().size() / 1,
                                260);
                w.write(
                        "<figure><img alt=\""
                                + esc(section.headline())
                                + "\" src=\"data:image/png;"
                                + "base64,"
                                + Base64.getEncoder().encodeToString(png)
                                + "\">"
                                + "<figcaption class=\"note\">"
                                + esc(section.note())
                                + "</figcaption></figure>");
            } else {
                w.write("<p class=\"note\">" + esc(section.note()) + "</p>");
            }
            for (ReportTable table : section.tables()) {
                table(w, table, document.texts());
            }
            w.write("</section>\n");
        }
        w.write(
                "</main><footer>"
                        + esc(
                                document.word(
                                        "pdf.footer",
                                        document.title(),
                                        document.asOfText(),
                                        document.generatedAtText()))
                        + " \u00b7 "
                        + esc(document.word("pdf.source", document.source()))
                        + "</footer></body></html>\n");
        w.flush();
    }

    private static void table(Writer w, ReportTable table, Texts texts) throws IOException {
        w.write(
                "<table><caption>"
                        + esc(table.title())
                        + "</caption><thead><tr><th scope=\"col\">"
                        + esc(table.rowHeader())
                        + "</th>");
        for (String column : table.columns()) {
            w.write("<th scope=\"col\">" + esc(column) + "</th>");
        }
        w.write("</tr></thead><tbody>");
        for (ReportTable.Row row : table.rows()) {
            w.write(row.total() ? "<tr class=\"total\">" : "<tr>");
            w.write("<th scope=\"row\">" + esc(row.label()) + "</th>");
            for (ReportValue value : row.values()) {
                w.write(
                        value.kind() == ReportValue.Kind.TEXT
                                ? "<td class=\"t\">"
                                : "<td class=\"n\">");
                w.write(esc(value.text(texts)) + "</td>");
            }
            w.write("</tr>");
        }
        w.write("</tbody></table>\n");
        if (!table.note().isEmpty()) {
            w.write("<p class=\"note\">" + esc(table.note()) + "</p>\n");
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
