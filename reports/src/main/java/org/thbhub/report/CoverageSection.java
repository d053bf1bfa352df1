package org.thbhub.report;

import static org.thbhub.report.TrendFacts.VICT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thbhub.reference.CountryCode;

/**
 * Coverage and quality: who reported detected victims in which year, each region's incomplete years
 * and constant panel, and the flags and suppressions of every value read.
 */
final class CoverageSection {

    private final TrendFacts f;
    private final Texts t;

    CoverageSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    ReportSection compose() {
        List<ReportTable.Row> grid = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (ReportingState state : f.states) {
            List<ReportValue> marks = new ArrayList<>();
            boolean any = false;
            for (int year : f.years) {
                Cell cell = f.cells.total(state.code(), VICT, year);
                any |= !cell.isMissing();
                marks.add(mark(cell));
            }
            if (any) {
                grid.add(
                        new ReportTable.Row(
                                state.name() + " (" + state.code() + ")", false, marks));
            } else {
                never.add(state.name());
            }
        }
        List<String> columns =
                List.of(
                        t.get("coverage.col.states"),
                        t.get("coverage.col.panel"),
                        t.get("coverage.col.values"),
                        t.get("coverage.col.provisional"),
                        t.get("coverage.col.estimated"),
                        t.get("coverage.col.breaks"),
                        t.get("coverage.col.suppressed"));
        Map<Region, List<ReportValue>> quality = new LinkedHashMap<>();
        long[] totals = new long[columns.size()];
        // one pass over the values, each counted for its State's region
        Map<CountryCode, long[]> regionCounts = new HashMap<>();
        Map<Region, long[]> countsOf = new LinkedHashMap<>();
        for (Region region : f.regions) {
            long[] counts = new long[columns.size()];
            countsOf.put(region, counts);
            f.statesOf(region).forEach(s -> regionCounts.put(s.code(), counts));
            counts[0] = f.statesOf(region).size();
            counts[1] = f.panel(region).states().size();
        }
        for (var entry : f.cells.entries()) {
            long[] counts = regionCounts.get(entry.getKey().state());
            if (counts == null) {
                continue;
            }
            Cell cell = entry.getValue();
            counts[2]++;
            counts[3] += cell.flags().contains(ObsStatus.P) ? 1 : 0;
            counts[4] += cell.flags().contains(ObsStatus.E) ? 1 : 0;
            counts[5] += cell.flags().contains(ObsStatus.B) ? 1 : 0;
            counts[6] += cell.conf().suppressed() ? 1 : 0;
        }
        for (Region region : f.regions) {
            long[] counts = countsOf.get(region);
            List<ReportValue> values = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                values.add(ReportValue.count(Cell.of(counts[i])));
                totals[i] += counts[i];
            }
            quality.put(region, values);
        }
        totals[1] = f.overallPanel().states().size();
        List<ReportValue> totalRow = new ArrayList<>();
        for (long total : totals) {
            totalRow.add(ReportValue.count(Cell.of(total)));
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Region region : f.regions) {
            Map<String, Double> points = new LinkedHashMap<>();
            for (int year : f.years) {
                points.put(
                        String.valueOf(year),
                        (double) f.victimReporters(f.statesOf(region), year).size());
            }
            series.add(new ChartSpec.Series(region.name(), region.colour(), false, points));
        }
        TrendFacts.Panel panel = f.overallPanel();
        String headline =
                (panel.exists()
                                ? t.get(
                                        "coverage.headline.panel",
                                        panel.states().size(),
                                        f.states.size(),
                                        t.range(panel.from(), panel.to()))
                                : t.get("coverage.headline.noPanel", f.states.size(), f.range()))
                        + incompleteSentence()
                        + " "
                        + t.get(
                                "coverage.headline.quality",
                                t.count(totals[6]),
                                t.count(f.cells.secondarySuppressions()),
                                t.count(totals[3]));
        ReportTable gridTable =
                new ReportTable(
                        t.get("coverage.table.grid"),
                        t.get("col.state"),
                        f.yearColumns(),
                        grid,
                        ReportTable.Layout.GRID);
        if (!never.isEmpty()) {
            gridTable = gridTable.withNote(t.get("coverage.never", t.list(never)));
        }
        return Sections.finish(
                t,
                new ReportSection(
                        "coverage",
                        t.get("section.coverage"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get("coverage.chart"),
                                        t.get("axis.states"),
                                        f.yearColumns(),
                                        series,
                                        true,
                                        false)),
                        List.of(
                                f.regionRows(
                                        t.get("coverage.table.quality", f.range()),
                                        columns,
                                        quality,
                                        totalRow),
                                gridTable),
                        f.note(t.get("coverage.note", t.count(f.cells.secondarySuppressions())))),
                f.data.source(),
                f.range());
    }

    /**
     * " 2021 is incomplete in Northern Europe (3 States reported, against 10 the years before)."
     */
    private String incompleteSentence() {
        List<String> parts = new ArrayList<>();
        for (Region region : f.regions) {
            Set<Integer> years = f.incompleteYears(region);
            if (!years.isEmpty()) {
                parts.add(
                        t.get(
                                "coverage.incomplete.region",
                                region.name(),
                                t.list(years.stream().map(String::valueOf).toList())));
            }
        }
        return parts.isEmpty() ? "" : " " + t.get("coverage.incomplete", String.join("; ", parts));
    }

    private static ReportValue mark(Cell cell) {
        if (cell.isSuppressed()) {
            String marker = cell.suppressionMarker();
            return new ReportValue(ReportValue.Kind.SUPPRESSED, null, marker, marker);
        }
        if (cell.isMissing()) {
            return ReportValue.text("");
        }
        StringBuilder flags = new StringBuilder();
        cell.flags().forEach(flag -> flags.append(flag.suffix()));
        return ReportValue.text("\u2713" + flags);
    }
}
