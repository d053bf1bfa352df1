package org.thbhub.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws {@link ChartSpec}s with JFreeChart: each series in its own colour, whatever its place. */
final class Charts {

    private static final String FONT = "DejaVu Sans";
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private Charts() {}

    static JFreeChart chart(ChartSpec spec, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartSpec.Series> series =
                spec instanceof ChartSpec.Line line
                        ? line.series()
                        : ((ChartSpec.Bar) spec).series();
        List<String> categories =
                spec instanceof ChartSpec.Line line
                        ? line.categories()
                        : ((ChartSpec.Bar) spec).categories();
        for (ChartSpec.Series s : series) {
            for (String category : categories) {
                dataset.addValue(s.points().get(category), s.name(), category);
            }
        }
        CategoryItemRenderer renderer;
        PlotOrientation orientation = PlotOrientation.VERTICAL;
        String axis;
        if (spec instanceof ChartSpec.Line line) {
            LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < series.size(); i++) {
                lines.setSeriesStroke(
                        i,
                        series.get(i).dashed()
                                ? new BasicStroke(
                                        1.6f,
                                        BasicStroke.CAP_ROUND,
                                        BasicStroke.JOIN_ROUND,
                                        1f,
                                        new float[] {4f, 3f},
                                        0f)
                                : new BasicStroke(1.8f));
                lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
            }
            renderer = lines;
            axis = line.valueAxis();
        } else {
            ChartSpec.Bar bar = (ChartSpec.Bar) spec;
            BarRenderer bars = bar.stacked() ? new StackedBarRenderer() : new BarRenderer();
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.02);
            renderer = bars;
            axis = bar.valueAxis();
            if (bar.horizontal()) {
                orientation = PlotOrientation.HORIZONTAL;
            }
        }
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Color.decode(series.get(i).colour()));
        }
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
        if (categories.size() > 8 && orientation == PlotOrientation.VERTICAL) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.9f);
        NumberAxis valueAxis = new NumberAxis(axis);
        valueAxis.setLabelFont(new Font(FONT, Font.PLAIN, 7));
        valueAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
        valueAxis.setNumberFormatOverride(
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)));
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(spec.title(), new Font(FONT, Font.BOLD, 9), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setPaint(Color.DARK_GRAY);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 7));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** Draws the charts side by side in the area. */
    static void draw(List<ChartSpec> specs, Locale locale, Graphics2D g, Rectangle2D area) {
        double width = area.getWidth() / specs.size();
        for (int i = 0; i < specs.size(); i++) {
            chart(specs.get(i), locale)
                    .draw(
                            g,
                            new Rectangle2D.Double(
                                    area.getX() + i * width, area.getY(), width, area.getHeight()));
        }
    }

    /** A PNG of the charts side by side, at twice the size for sharp screens. */
    static byte[] png(List<ChartSpec> specs, Locale locale, int width, int height) {
        int scale = 2;
        BufferedImage image =
                new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(specs, locale, g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
