package org.thbhub.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading rendered reports back: PDF text, pages as PNG previews, workbooks, CSV, HTML. */
final class RenderedDocuments {

    static final Path PREVIEWS = Path.of("target", "report-previews");

    private RenderedDocuments() {}

    static byte[] render(ReportRenderer renderer, Object data, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (data instanceof TrendReportData trend) {
            renderer.render(trend, format, out);
        } else {
            renderer.render((CountryProfileData) data, format, out);
        }
        return out.toByteArray();
    }

    record Pdf(int pages, List<String> pageTexts) {
        String text() {
            return String.join("\n", pageTexts);
        }
    }

    /** The text page by page; the first pages are saved as PNG for a person to look at. */
    static Pdf readPdf(byte[] pdf, String previewName, int previewPages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            Files.createDirectories(PREVIEWS);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(previewPages, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 90);
                ImageIO.write(
                        image,
                        "png",
                        PREVIEWS.resolve(previewName + "-page" + (page + 1) + ".png").toFile());
            }
            return new Pdf(document.getNumberOfPages(), texts);
        }
    }

    static XSSFWorkbook readXlsx(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
