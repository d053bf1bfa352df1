package org.thbhub.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every section of both reports does the same way: the sentence of a change among matched
 * States, and the last step before a section is printed ({@link #finish}): tables lose their rows
 * and columns without data (named in a line under them), charts without a point are not drawn, and
 * a section left with nothing says so in one sentence.
 */
final class Sections {

    /** The sign of a year whose reporters fell sharply. */
    static final String INCOMPLETE = "i";

    private Sections() {}

    /**
     * "Among the 4 States of Central Asia that reported both 2018 and 2019, detected victims rose
     * by 18% in 2019 (from 1,234 to 1,456)."
     */
    static String matchedChange(
            Texts t,
            String subject,
            int states,
            String place,
            int before,
            int after,
            long from,
            long to) {
        return t.plural(
                "change.matched",
                states,
                subject,
                place,
                before,
                after,
                direction(t, from, to),
                t.count(from),
                t.count(to));
    }

    /** "rose by 18%", "fell by 5%", "did not change". */
    static String direction(Texts t, double from, double to) {
        if (from == 0) {
            return to == 0 ? t.get("change.same") : t.get("change.fromZero");
        }
        long percent = Math.round((to - from) / from * 100);
        if (percent == 0) {
            return t.get("change.same");
        }
        return t.get(percent > 0 ? "change.rose" : "change.fell", t.count(Math.abs(percent)));
    }

    /**
     * The section as it is printed: tables pruned of rows and columns without data, tables and
     * charts with nothing left out, and when nothing is left, the section's sentence saying so
     * ({@code section.<id>.empty}, with {@code emptyArgs}) and nothing drawn.
     */
    static ReportSection finish(
            Texts t, ReportSection section, String source, Object... emptyArgs) {
        List<ReportTable> tables = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ReportTable table : section.tables()) {
            ReportTable pruned = table.pruned(t);
            if (pruned.isEmpty()) {
                leftOut.add(table.title());
            } else {
                tables.add(pruned);
            }
        }
        List<ChartSpec> charts =
                section.charts().stream()
                        .filter(Sections::hasPoints)
                        .map(Sections::withoutEmptyCategories)
                        .toList();
        if (tables.isEmpty()) {
            return ReportTexts.empty(t, section.id(), section.title(), source, emptyArgs);
        }
        String note =
                leftOut.isEmpty()
                        ? section.note()
                        : t.get("table.leftOutWhole", t.list(leftOut)) + " " + section.note();
        return new ReportSection(
                section.id(),
                section.title(),
                section.headline(),
                charts,
                tables,
                note,
                section.comparisons());
    }

    /** The chart without the categories (years, regions) in which no series has a value. */
    static ChartSpec withoutEmptyCategories(ChartSpec chart) {
        List<ChartSpec.Series> series =
                chart instanceof ChartSpec.Line line
                        ? line.series()
                        : ((ChartSpec.Bar) chart).series();
        List<String> categories =
                chart instanceof ChartSpec.Line line
                        ? line.categories()
                        : ((ChartSpec.Bar) chart).categories();
        List<String> kept =
                categories.stream()
                        .filter(c -> series.stream().anyMatch(s -> s.points().get(c) != null))
                        .toList();
        if (kept.size() == categories.size()) {
            return chart;
        }
        if (chart instanceof ChartSpec.Line line) {
            return new ChartSpec.Line(line.title(), line.valueAxis(), kept, series);
        }
        ChartSpec.Bar bar = (ChartSpec.Bar) chart;
        return new ChartSpec.Bar(
                bar.title(), bar.valueAxis(), kept, series, bar.stacked(), bar.horizontal());
    }

    /** A chart is drawn only if one of its series has a value to draw (other than zero alone). */
    static boolean hasPoints(ChartSpec chart) {
        List<ChartSpec.Series> series =
                chart instanceof ChartSpec.Line line
                        ? line.series()
                        : ((ChartSpec.Bar) chart).series();
        return series.stream()
                .flatMap(s -> s.points().values().stream())
                .filter(Objects::nonNull)
                .anyMatch(v -> v != 0);
    }
}
