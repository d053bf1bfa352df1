package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fill and export of the trend PDF at the size of a real report, 57 States x 19 years: a benchmark
 * (docs/benchmarks.md), {@code mvn -pl reports -am test -Dgroups=benchmark -Dtest=RenderTimingTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures go to target/report-previews/timings.txt.
 * The default run renders reports of this size from the real UNODC export in ReportIT.
 */
@Tag("benchmark")
class RenderTimingTest {

    @Test
    void fullTrendPdfRendersInSeconds() throws IOException {
        // a failed run must not leave the figures of an earlier one behind
        Path timings = RenderedDocuments.PREVIEWS.resolve("timings.txt");
        Files.deleteIfExists(timings);
        TrendReportData data = SampleReports.fullTrend();

        long start = System.nanoTime();
        ReportRenderer renderer = new ReportRenderer();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long composeStart = System.nanoTime();
        TrendReportComposer.compose(data);
        long composeMillis = (System.nanoTime() - composeStart) / 1_000_000;
        byte[] first = RenderedDocuments.render(renderer, data, ReportFormat.PDF);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;

        int runs = 3;
        long warmStart = System.nanoTime();
        byte[] warm = null;
        for (int i = 0; i < runs; i++) {
            warm = RenderedDocuments.render(renderer, data, ReportFormat.PDF);
        }
        long warmMillis = (System.nanoTime() - warmStart) / 1_000_000 / runs;

        RenderedDocuments.Pdf read = RenderedDocuments.readPdf(warm, "trend-full", 3);
        String timing =
                String.format(
                        Locale.ROOT,
                        "trend PDF, %d States x %d years, %d observations, %d pages, %d bytes:"
                                + " first call %d ms (loading the template %d ms, first compose"
                                + " %d ms), warm %d ms%n",
                        data.states().size(),
                        data.filters().years(),
                        data.observations().size(),
                        read.pages(),
                        warm.length,
                        firstMillis,
                        loadMillis,
                        composeMillis,
                        warmMillis);
        Files.writeString(timings, timing);
        System.out.print(timing);

        assertThat(data.states()).hasSize(57);
        assertThat(first.length).isGreaterThan(50_000);
        assertThat(read.pages()).isGreaterThan(10);
        assertThat(read.text()).contains("Detected victims, all reporting States", "2023");
        // the goal: a warm render of the largest trend report within 30 s (ADR 0006)
        assertThat(warmMillis).as("warm render time, ms").isLessThan(30_000);
    }
}
