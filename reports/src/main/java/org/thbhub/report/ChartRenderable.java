package org.thbhub.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import net.sf.jasperreports.engine.JRConstants;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/** A section's charts as a Jasper image: drawn as vectors into the PDF. */
final class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = JRConstants.SERIAL_VERSION_UID;

    private final transient List<ChartSpec> specs;
    private final java.util.Locale locale;

    ChartRenderable(List<ChartSpec> specs, java.util.Locale locale) {
        this.specs = List.copyOf(specs);
        this.locale = locale;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Charts.draw(specs, locale, graphics, area);
    }
}
