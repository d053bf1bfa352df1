package org.thbhub.report;

import static org.thbhub.report.TrendFacts.VICT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thbhub.reference.CountryCode;

/**
 * Scale: detected victims by region and year over all reporters and over each region's constant
 * panel, year-on-year changes among the States that reported both years, rates. The headline is the
 * largest change among matched States in the latest year that is complete and has enough of them.
 */
final class ScaleSection {

    private final TrendFacts f;
    private final Texts t;

    ScaleSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    ReportSection compose() {
        Map<Region, List<Cell>> all = new LinkedHashMap<>();
        Map<Region, List<Cell>> onPanel = new LinkedHashMap<>();
        for (Region region : f.regions) {
            all.put(region, f.byYear(f.statesOf(region), VICT));
            TrendFacts.Panel panel = f.panel(region);
            List<Cell> series = new ArrayList<>();
            for (int year : f.years) {
                series.add(
                        panel.covers(year)
                                ? f.sum(panel.states(), VICT, Breakdown.TOTAL, year)
                                : Cell.missing());
            }
            onPanel.put(region, series);
        }
        List<Cell> allTotal = f.byYear(f.states, VICT);

        List<ReportTable> tables = new ArrayList<>();
        tables.add(f.markIncomplete(f.regionYearTable(t.get("scale.table.all"), all, allTotal)));
        tables.add(reportersTable());
        tables.add(
                f.regionRows(t.get("scale.table.panel"), f.yearColumns(), counts(onPanel), null));
        tables.add(changeTable());
        tables.add(
                f.markIncomplete(
                        f.regionRows(
                                t.get("scale.table.rate"),
                                f.yearColumns(),
                                f.ratioByRegion(TrendFacts.RATE_PER_100K),
                                f.ratioByYear(f.states, TrendFacts.RATE_PER_100K))));

        List<Comparison> comparisons = new ArrayList<>();
        String headline = headline(comparisons);
        List<String> categories = f.yearColumns();
        List<ChartSpec> charts =
                List.of(
                        new ChartSpec.Line(
                                t.get("scale.chart.all"),
                                t.get("axis.victims"),
                                categories,
                                f.regionSeries(all)),
                        new ChartSpec.Line(
                                t.get("scale.chart.panel"),
                                t.get("axis.victims"),
                                categories,
                                dashed(f.regionSeries(onPanel))));
        return Sections.finish(
                t,
                new ReportSection(
                        "scale",
                        t.get("section.scale"),
                        headline,
                        charts,
                        tables,
                        f.note(panelNote()),
                        comparisons),
                f.data.source(),
                f.range());
    }

    private static List<ChartSpec.Series> dashed(List<ChartSpec.Series> series) {
        return series.stream()
                .map(s -> new ChartSpec.Series(s.name(), s.colour(), true, s.points()))
                .toList();
    }

    private static Map<Region, List<ReportValue>> counts(Map<Region, List<Cell>> rows) {
        Map<Region, List<ReportValue>> values = new LinkedHashMap<>();
        rows.forEach((r, cells) -> values.put(r, cells.stream().map(ReportValue::count).toList()));
        return values;
    }

    private ReportTable reportersTable() {
        Map<Region, List<ReportValue>> rows = new LinkedHashMap<>();
        for (Region region : f.regions) {
            List<ReportValue> values = new ArrayList<>();
            for (int year : f.years) {
                int n = f.victimReporters(f.statesOf(region), year).size();
                ReportValue v = ReportValue.count(Cell.of(n));
                values.add(f.incomplete(region, year) ? v.marked(Sections.INCOMPLETE) : v);
            }
            rows.put(region, values);
        }
        List<ReportValue> total = new ArrayList<>();
        for (int year : f.years) {
            total.add(ReportValue.count(Cell.of(f.victimReporters(f.states, year).size())));
        }
        return f.regionRows(t.get("scale.table.reporters"), f.yearColumns(), rows, total);
    }

    /** Changes among the States that reported both years, with how many they were. */
    private ReportTable changeTable() {
        List<String> columns = f.years.stream().skip(1).map(String::valueOf).toList();
        Map<Region, List<ReportValue>> rows = new LinkedHashMap<>();
        for (Region region : f.regions) {
            rows.put(region, matchedChanges(f.statesOf(region), region));
        }
        return f.regionRows(
                t.get("scale.table.change"), columns, rows, matchedChanges(f.states, null));
    }

    private List<ReportValue> matchedChanges(List<ReportingState> members, Region region) {
        List<ReportValue> values = new ArrayList<>();
        for (int i = 1; i < f.years.size(); i++) {
            int before = f.years.get(i - 1);
            int after = f.years.get(i);
            List<ReportingState> both = f.matched(members, VICT, Breakdown.TOTAL, before, after);
            ReportValue change =
                    TrendFacts.change(
                            f.sum(both, VICT, Breakdown.TOTAL, before),
                            f.sum(both, VICT, Breakdown.TOTAL, after));
            if (change.number() != null) {
                change = change.withSuffix(" (" + both.size() + ")");
            }
            if (region != null && f.incomplete(region, after)) {
                change = change.marked(Sections.INCOMPLETE);
            }
            values.add(change);
        }
        return values;
    }

    /**
     * The largest change among matched States, in the latest year that is complete for the region
     * and has enough matched States and a base of {@link TrendFacts#MIN_HEADLINE_BASE}; and the
     * constant panel's years.
     */
    private String headline(List<Comparison> comparisons) {
        if (f.years.size() < 2) {
            return t.get("scale.headline.oneYear", f.last());
        }
        for (int i = f.years.size() - 1; i >= 1; i--) {
            int before = f.years.get(i - 1);
            int after = f.years.get(i);
            Region best = null;
            List<ReportingState> bestStates = null;
            long bestBefore = 0;
            long bestAfter = 0;
            double largest = -1;
            for (Region region : f.regions) {
                if (f.incomplete(region, after)) {
                    continue;
                }
                List<ReportingState> members = f.statesOf(region);
                List<ReportingState> both =
                        f.matched(members, VICT, Breakdown.TOTAL, before, after);
                int reporters = f.everReported(members, VICT, Breakdown.TOTAL).size();
                if (!TrendFacts.enough(both.size(), reporters)) {
                    continue;
                }
                Cell a = f.sum(both, VICT, Breakdown.TOTAL, before);
                Cell b = f.sum(both, VICT, Breakdown.TOTAL, after);
                if (!a.isPrintable()
                        || !b.isPrintable()
                        || a.value() < TrendFacts.MIN_HEADLINE_BASE) {
                    continue;
                }
                double change = Math.abs(b.value() - a.value()) / (double) a.value();
                if (change > largest) {
                    largest = change;
                    best = region;
                    bestStates = both;
                    bestBefore = a.value();
                    bestAfter = b.value();
                }
            }
            if (best != null) {
                List<CountryCode> codes = bestStates.stream().map(ReportingState::code).toList();
                comparisons.add(
                        Comparison.of(VICT, Breakdown.TOTAL, best.code(), before, after, codes));
                String sentence =
                        Sections.matchedChange(
                                t,
                                t.get("subject.victims"),
                                bestStates.size(),
                                best.name(),
                                before,
                                after,
                                bestBefore,
                                bestAfter);
                return sentence + skipped(after) + panelSentence();
            }
        }
        return t.get("scale.headline.none", f.range()) + panelSentence();
    }

    /** Why the latest years gave no headline, when they did not. */
    private String skipped(int year) {
        if (year == f.last()) {
            return "";
        }
        List<String> incomplete =
                f.regions.stream()
                        .filter(r -> f.incomplete(r, f.last()))
                        .map(Region::name)
                        .toList();
        return incomplete.isEmpty()
                ? " " + t.get("scale.headline.lastTooFew", f.last())
                : " "
                        + t.plural(
                                "scale.headline.lastIncomplete",
                                incomplete.size(),
                                f.last(),
                                t.list(incomplete));
    }

    private String panelSentence() {
        TrendFacts.Panel panel = f.overallPanel();
        if (!panel.exists()) {
            return " " + t.get("scale.headline.noPanel", f.range());
        }
        return " "
                + t.plural(
                        "scale.headline.panel",
                        panel.states().size(),
                        t.range(panel.from(), panel.to()));
    }

    /** The rule, and every region's panel with its years and States. */
    private String panelNote() {
        List<String> parts = new ArrayList<>();
        for (Region region : f.regions) {
            TrendFacts.Panel panel = f.panel(region);
            if (panel.exists()) {
                parts.add(
                        t.get(
                                "scale.note.regionPanel",
                                region.name(),
                                t.range(panel.from(), panel.to()),
                                f.stateNames(panel.states())));
            } else {
                parts.add(t.get("scale.note.regionNoPanel", region.name()));
            }
        }
        return t.get("scale.note.rule", TrendFacts.MIN_STATES)
                + " "
                + String.join("; ", parts)
                + ". "
                + t.get("scale.note.matched", TrendFacts.MIN_HEADLINE_BASE)
                + " "
                + t.get("scale.note.incomplete")
                + " "
                + t.get("scale.note.rate");
    }
}
