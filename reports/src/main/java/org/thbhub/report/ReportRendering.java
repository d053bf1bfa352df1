package org.thbhub.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.thbhub.reference.CountryCode;

/**
 * The application's one {@link ReportRenderer}, warmed when the application starts: the first
 * report of a JVM pays for loading JasperReports, fonts, JFreeChart and POI (about 4 s here, see
 * docs/adr/0006), and that should be the server's start, not an analyst's first request.
 */
@Singleton(name = "ReportRendering")
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportRendering {

    private static final Logger LOG = Logger.getLogger(ReportRendering.class.getName());

    private final ReportRenderer renderer = new ReportRenderer();

    /** Thread-safe: share it. */
    public ReportRenderer renderer() {
        return renderer;
    }

    /** Renders a tiny report once in every format, throwing the documents away. */
    @PostConstruct
    public void warm() {
        long start = System.nanoTime();
        for (String language : List.of("en", "ru")) {
            TrendReportData tiny = tinyTrend(Instant.now(), language);
            for (ReportFormat format : ReportFormat.values()) {
                renderer.render(tiny, format, OutputStream.nullOutputStream());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Report renderer warmed in " + millis + " ms");
    }

    /** Two years of one State: enough to touch every section, chart and writer. */
    static TrendReportData tinyTrend(Instant now, String language) {
        Region region = Region.withStableColours(Map.of("155", "Western Europe")).get("155");
        CountryCode aut = CountryCode.of("AUT");
        return new TrendReportData(
                new TrendReportData.Filters(2019, 2020),
                now,
                now,
                List.of(region),
                List.of(new ReportingState(aut, "Austria", "155")),
                List.of(
                        Observation.total(aut, "VICT", 2019, Cell.of(100)),
                        Observation.total(aut, "VICT", 2020, Cell.of(120)),
                        new Observation(aut, "VICT", Breakdown.sex("F"), 2020, Cell.of(80)),
                        new Observation(
                                aut,
                                "VICT",
                                Breakdown.sex("M"),
                                2020,
                                Cell.suppressed(ConfStatus.A, null)),
                        Observation.total(aut, "PROS", 2020, Cell.of(12))),
                List.of(new PolicyStatus(aut, "NAP", 2020, PolicyStatus.Status.YES)),
                CodeLabels.NONE,
                "warm-up",
                language);
    }
}
