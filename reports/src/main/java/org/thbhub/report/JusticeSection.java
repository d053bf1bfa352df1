package org.thbhub.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Criminal justice: investigations, prosecutions and convictions by region in the latest year, and
 * convictions per person prosecuted by year, over the States that publish both.
 */
final class JusticeSection {

    private final TrendFacts f;
    private final Texts t;

    JusticeSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    ReportSection compose() {
        TrendFacts.Ratio ratio = TrendFacts.CONVICTIONS_PER_PROSECUTION;
        Map<Region, List<ReportValue>> ratioRows = f.ratioByRegion(ratio);
        Found found = headlineYear(ratio);
        int year = found == null ? f.last() : found.year();
        List<String> columns =
                List.of(
                        f.labels.shortOf("INDICATOR", "INVEST"),
                        f.labels.shortOf("INDICATOR", "PROS"),
                        f.labels.shortOf("INDICATOR", "CONV"),
                        t.get("justice.col.ratio"));
        Map<Region, List<ReportValue>> yearRows = new LinkedHashMap<>();
        for (Region region : f.regions) {
            yearRows.put(region, row(f.statesOf(region), year));
        }
        List<ReportTable> tables =
                List.of(
                        f.regionRows(
                                t.get("justice.table.year", year),
                                columns,
                                yearRows,
                                row(f.states, year)),
                        f.regionRows(
                                t.get("justice.table.ratio"),
                                f.yearColumns(),
                                ratioRows,
                                f.ratioByYear(f.states, ratio)));
        String headline =
                found == null
                        ? t.get("justice.headline.none", f.range())
                        : found.low().equals(found.high())
                                ? t.get(
                                        "justice.headline.single",
                                        year,
                                        t.ratio(found.lowValue()),
                                        found.low().name())
                                : t.get(
                                        "justice.headline",
                                        year,
                                        t.ratio(found.lowValue()),
                                        found.low().name(),
                                        t.ratio(found.highValue()),
                                        found.high().name());
        return Sections.finish(
                t,
                new ReportSection(
                        "justice",
                        t.get("section.justice"),
                        headline,
                        List.of(
                                new ChartSpec.Line(
                                        t.get("justice.chart"),
                                        t.get("axis.ratio"),
                                        f.yearColumns(),
                                        f.regionValueSeries(ratioRows))),
                        tables,
                        f.note(t.get("justice.note", TrendFacts.MIN_STATES))),
                f.data.source(),
                f.range());
    }

    private record Found(int year, Region low, double lowValue, Region high, double highValue) {}

    /**
     * The latest year in which at least two regions (one, if only one is selected) have the ratio
     * over enough States, and the lowest and highest of them.
     */
    private Found headlineYear(TrendFacts.Ratio ratio) {
        int wanted = Math.min(2, f.regions.size());
        for (int i = f.years.size() - 1; i >= 0; i--) {
            int year = f.years.get(i);
            Region low = null;
            Region high = null;
            double lowValue = Double.MAX_VALUE;
            double highValue = -1;
            int found = 0;
            for (Region region : f.regions) {
                List<ReportingState> members = f.statesOf(region);
                int ever = f.everReported(members, "CONV", Breakdown.TOTAL).size();
                List<ReportingState> with = f.ratioStates(members, ratio, year);
                Double value = f.ratio(members, ratio, year).number();
                if (value == null
                        || with.size() < TrendFacts.MIN_STATES
                                && !TrendFacts.enough(with.size(), ever)) {
                    continue;
                }
                found++;
                if (value < lowValue) {
                    lowValue = value;
                    low = region;
                }
                if (value > highValue) {
                    highValue = value;
                    high = region;
                }
            }
            if (found >= wanted) {
                return new Found(year, low, lowValue, high, highValue);
            }
        }
        return null;
    }

    private List<ReportValue> row(List<ReportingState> members, int year) {
        List<ReportValue> values = new ArrayList<>();
        values.add(ReportValue.count(f.sum(members, "INVEST", Breakdown.TOTAL, year)));
        values.add(ReportValue.count(f.sum(members, "PROS", Breakdown.TOTAL, year)));
        values.add(ReportValue.count(f.sum(members, "CONV", Breakdown.TOTAL, year)));
        values.add(f.ratio(members, TrendFacts.CONVICTIONS_PER_PROSECUTION, year));
        return values;
    }
}
