package org.thbhub.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Emerging patterns: the share of victims recruited online, and the largest year-on-year increases
 * of a State's figure. An increase counts only within one State that published both years, not
 * across a break in series ({@code OBS_STATUS=B} in either year), from a base of at least {@link
 * #MIN_BASE}, by at least {@link #MIN_INCREASE_PERCENT}% and {@link #MIN_INCREASE_ABSOLUTE}; a rise
 * of more than {@link #MAX_FACTOR} times is left out as a likely change of definition or recording
 * (and named). They are ranked by the number of persons added, so that a small base does not lead.
 */
final class EmergingSection {

    static final int MIN_INCREASE_PERCENT = 50;
    static final int MIN_INCREASE_ABSOLUTE = 20;
    static final int MIN_BASE = 20;
    static final int MAX_FACTOR = 5;
    static final int MAX_INCREASES = 15;

    static final List<String> INCREASE_INDICATORS =
            List.of("VICT", "INVEST", "SUSP", "PROS", "CONV", "OFFENCE", "ASSIST");

    private final TrendFacts f;
    private final Texts t;

    EmergingSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    record Increase(
            ReportingState state,
            String indicator,
            int year,
            Cell before,
            Cell after,
            double percent) {
        long added() {
            return after.value() - before.value();
        }
    }

    ReportSection compose() {
        TrendFacts.Ratio onlineShare = TrendFacts.Ratio.shareOfVictims(Breakdown.recruit("ONLINE"));
        Map<Region, List<ReportValue>> online = f.ratioByRegion(onlineShare);
        List<ReportValue> onlineTotal = f.ratioByYear(f.states, onlineShare);
        List<Increase> outsized = new ArrayList<>();
        List<Increase> increases = increases(outsized);
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Increase inc : increases) {
            rows.add(
                    new ReportTable.Row(
                            inc.state().name(),
                            false,
                            List.of(
                                    ReportValue.text(
                                            f.labels.shortOf("INDICATOR", inc.indicator())),
                                    ReportValue.text(t.range(inc.year() - 1, inc.year())),
                                    ReportValue.count(inc.before()),
                                    ReportValue.count(inc.after()),
                                    TrendFacts.change(inc.before(), inc.after()))));
        }
        String thresholds =
                t.get("emerging.thresholds", MIN_INCREASE_PERCENT, MIN_INCREASE_ABSOLUTE, MIN_BASE);
        List<Comparison> comparisons = new ArrayList<>();
        String headline;
        if (increases.isEmpty()) {
            headline = t.get("emerging.headline.none", thresholds, f.range());
        } else {
            Increase top = increases.get(0);
            comparisons.add(
                    Comparison.of(
                            top.indicator(),
                            Breakdown.TOTAL,
                            top.state().code().iso3(),
                            top.year() - 1,
                            top.year(),
                            List.of(top.state().code())));
            headline =
                    t.get(
                            "emerging.headline",
                            t.phrase(f.labels.of("INDICATOR", top.indicator())),
                            top.state().name(),
                            t.count(top.added()),
                            t.wholePercent(top.percent()),
                            t.count(top.before().value()),
                            t.count(top.after().value()),
                            top.year() - 1,
                            top.year());
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(
                f.regionRows(t.get("emerging.table.online"), f.yearColumns(), online, onlineTotal));
        ReportTable increaseTable =
                new ReportTable(
                        t.get("emerging.table.increases"),
                        t.get("col.state"),
                        List.of(
                                t.get("emerging.col.indicator"),
                                t.get("emerging.col.years"),
                                t.get("emerging.col.before"),
                                t.get("emerging.col.after"),
                                t.get("emerging.col.change")),
                        rows);
        if (!outsized.isEmpty()) {
            increaseTable =
                    increaseTable.withNote(
                            t.get(
                                    "emerging.outsized",
                                    MAX_FACTOR,
                                    t.list(
                                            outsized.stream()
                                                    .map(
                                                            o ->
                                                                    t.get(
                                                                            "emerging.outsized.item",
                                                                            o.state().name(),
                                                                            f.labels.shortOf(
                                                                                    "INDICATOR",
                                                                                    o.indicator()),
                                                                            t.range(
                                                                                    o.year() - 1,
                                                                                    o.year()),
                                                                            t.count(
                                                                                    o.before()
                                                                                            .value()),
                                                                            t.count(
                                                                                    o.after()
                                                                                            .value())))
                                                    .toList())));
        }
        tables.add(increaseTable);
        return Sections.finish(
                t,
                new ReportSection(
                        "emerging",
                        t.get("section.emerging"),
                        headline,
                        List.of(
                                new ChartSpec.Line(
                                        t.get("emerging.chart"),
                                        t.get("axis.victimShare"),
                                        f.yearColumns(),
                                        f.regionValueSeries(online))),
                        tables,
                        f.note(t.get("emerging.note", thresholds, MAX_FACTOR, MAX_INCREASES)),
                        comparisons),
                f.data.source(),
                f.range());
    }

    private List<Increase> increases(List<Increase> outsized) {
        List<Increase> found = new ArrayList<>();
        for (ReportingState state : f.states) {
            for (String indicator : INCREASE_INDICATORS) {
                for (int i = 1; i < f.years.size(); i++) {
                    Cell before = f.cells.total(state.code(), indicator, f.years.get(i - 1));
                    Cell after = f.cells.total(state.code(), indicator, f.years.get(i));
                    if (!before.isPrintable()
                            || !after.isPrintable()
                            || before.flags().contains(ObsStatus.B)
                            || after.flags().contains(ObsStatus.B)
                            || before.value() < MIN_BASE
                            || after.value() - before.value() < MIN_INCREASE_ABSOLUTE) {
                        continue;
                    }
                    double percent = (after.value() - before.value()) * 100.0 / before.value();
                    if (percent < MIN_INCREASE_PERCENT) {
                        continue;
                    }
                    Increase increase =
                            new Increase(state, indicator, f.years.get(i), before, after, percent);
                    if (after.value() > MAX_FACTOR * before.value()) {
                        outsized.add(increase);
                    } else {
                        found.add(increase);
                    }
                }
            }
        }
        found.sort(
                Comparator.comparingLong(Increase::added)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Increase::percent).reversed()));
        outsized.sort(Comparator.comparingDouble(Increase::percent).reversed());
        return found.subList(0, Math.min(MAX_INCREASES, found.size()));
    }
}
