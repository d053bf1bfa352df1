package org.thbhub.report;

import static org.thbhub.report.ReportValue.Kind.PERCENT;
import static org.thbhub.report.ReportValue.Kind.RATE;
import static org.thbhub.report.ReportValue.Kind.RATIO;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.thbhub.reference.CountryCode;

/**
 * What every section of a trend report is worked out from, decided once: the years, the regions and
 * their States, the protected cells, who reported what in which year, each region's constant panel
 * and incomplete years, sums and ratios, and the words. The sections ({@link ScaleSection} and the
 * others) only choose and phrase.
 *
 * <p>The statistical rules, stated in the report's notes:
 *
 * <ul>
 *   <li><b>Enough States</b> ({@link #enough}): at least {@value #MIN_STATES} States, or half of
 *       the region's reporters (the States with a published value in some year of the range) when
 *       it has fewer than {@code 2 x MIN_STATES}.
 *   <li><b>Constant panel</b> ({@link #panel}): the longest run of at least two years ending at the
 *       range's last year in which enough States published the figure in every year.
 *   <li><b>Incomplete year</b> ({@link #incomplete}): fewer than three quarters of the median
 *       number of reporters in the (up to) five years before, and at least two States fewer. It
 *       gives no headline.
 *   <li><b>A change</b> between two years is worked out on the States that published both years
 *       ({@link #matched}), never on all reporters.
 * </ul>
 */
final class TrendFacts {

    static final String VICT = "VICT";
    static final int MIN_STATES = 3;

    /** A headline's change needs a base of at least this many persons over the matched States. */
    static final int MIN_HEADLINE_BASE = 20;

    final TrendReportData data;
    final Texts texts;
    final CodeLabels labels;
    final List<Integer> years;
    final ProtectedCells cells;
    final List<Region> regions;
    final List<ReportingState> states = new ArrayList<>();
    private final Map<String, List<ReportingState>> statesByRegion = new LinkedHashMap<>();
    private final Map<String, Panel> panels = new HashMap<>();
    private final Map<String, Set<Integer>> incomplete = new HashMap<>();

    TrendFacts(TrendReportData data) {
        this.data = data;
        this.texts = Texts.of(data.language());
        this.labels = data.labels();
        this.years =
                IntStream.rangeClosed(data.filters().from(), data.filters().to()).boxed().toList();
        this.cells = new ProtectedCells(data.observations(), years, data.labels());
        this.regions = data.regions();
        for (Region region : regions) {
            List<ReportingState> members =
                    data.states().stream()
                            .filter(s -> s.regionCode().equals(region.code()))
                            .sorted(
                                    Comparator.comparing(
                                            ReportingState::name,
                                            java.text.Collator.getInstance(texts.locale())))
                            .toList();
            statesByRegion.put(region.code(), members);
            states.addAll(members);
        }
    }

    int first() {
        return years.get(0);
    }

    int last() {
        return years.get(years.size() - 1);
    }

    List<ReportingState> statesOf(Region region) {
        return statesByRegion.getOrDefault(region.code(), List.of());
    }

    // ---- who reported --------------------------------------------------------------------

    /** The States among {@code members} with a published value of the figure in the year. */
    List<ReportingState> reporters(
            List<ReportingState> members, String indicator, Breakdown part, int year) {
        return members.stream()
                .filter(s -> cells.get(s.code(), indicator, part, year).isPrintable())
                .toList();
    }

    List<ReportingState> victimReporters(List<ReportingState> members, int year) {
        return reporters(members, VICT, Breakdown.TOTAL, year);
    }

    /** The States among {@code members} that published the figure in some year of the range. */
    List<ReportingState> everReported(
            List<ReportingState> members, String indicator, Breakdown part) {
        return members.stream()
                .filter(
                        s ->
                                years.stream()
                                        .anyMatch(
                                                y ->
                                                        cells.get(s.code(), indicator, part, y)
                                                                .isPrintable()))
                .toList();
    }

    /** Enough States for a figure of a group whose reporters number {@code reporters}. */
    static boolean enough(int states, int reporters) {
        return states >= Math.min(MIN_STATES, Math.max(1, (reporters + 1) / 2));
    }

    /** The States that published the figure in both years. */
    List<ReportingState> matched(
            List<ReportingState> members, String indicator, Breakdown part, int a, int b) {
        return members.stream()
                .filter(
                        s ->
                                cells.get(s.code(), indicator, part, a).isPrintable()
                                        && cells.get(s.code(), indicator, part, b).isPrintable())
                .toList();
    }

    /**
     * A group's constant panel: the States that published {@code VICT} in every year of the longest
     * run ending at the last year in which enough States did so.
     *
     * @param from the panel's first year, or {@code null} when no run of two years has enough
     */
    record Panel(Integer from, int to, List<ReportingState> states) {
        boolean exists() {
            return from != null;
        }

        boolean covers(int year) {
            return from != null && year >= from && year <= to;
        }

        List<CountryCode> codes() {
            return states.stream().map(ReportingState::code).toList();
        }
    }

    Panel panel(Region region) {
        return panels.computeIfAbsent(region.code(), c -> panelOf(statesOf(region)));
    }

    Panel overallPanel() {
        return panels.computeIfAbsent("", c -> panelOf(states));
    }

    private Panel panelOf(List<ReportingState> members) {
        int reporters = everReported(members, VICT, Breakdown.TOTAL).size();
        List<ReportingState> inRun = victimReporters(members, last());
        Integer from = null;
        List<ReportingState> panel = List.of();
        for (int i = years.size() - 2; i >= 0; i--) {
            int year = years.get(i);
            List<ReportingState> still =
                    inRun.stream()
                            .filter(s -> cells.total(s.code(), VICT, year).isPrintable())
                            .toList();
            if (still.isEmpty() || !enough(still.size(), reporters)) {
                break;
            }
            inRun = still;
            from = year;
            panel = still;
        }
        return new Panel(from, last(), panel);
    }

    /**
     * The years in which the region's reporters of detected victims fell sharply: fewer than three
     * quarters of the median of the (up to) five years before, and at least two States fewer.
     */
    Set<Integer> incompleteYears(Region region) {
        return incomplete.computeIfAbsent(
                region.code(), c -> incompleteYears(statesOf(region), VICT, Breakdown.TOTAL));
    }

    boolean incomplete(Region region, int year) {
        return incompleteYears(region).contains(year);
    }

    Set<Integer> incompleteYears(List<ReportingState> members, String indicator, Breakdown part) {
        return incompleteYears(
                years.stream().map(y -> reporters(members, indicator, part, y).size()).toList());
    }

    /** {@link #incompleteYears(Region)} for any count of reporters by year (one per year). */
    Set<Integer> incompleteYears(List<Integer> counts) {
        Set<Integer> found = new TreeSet<>();
        for (int i = 1; i < years.size(); i++) {
            List<Integer> before = new ArrayList<>(counts.subList(Math.max(0, i - 5), i));
            before.sort(null);
            double median =
                    before.size() % 2 == 1
                            ? before.get(before.size() / 2)
                            : (before.get(before.size() / 2 - 1) + before.get(before.size() / 2))
                                    / 2.0;
            int now = counts.get(i);
            if (now < 0.75 * median && median - now >= 2) {
                found.add(years.get(i));
            }
        }
        return found;
    }

    // ---- sums and ratios -----------------------------------------------------------------

    Cell sum(List<ReportingState> members, String indicator, Breakdown part, int year) {
        List<Cell> parts = new ArrayList<>(members.size());
        for (ReportingState state : members) {
            parts.add(cells.get(state.code(), indicator, part, year));
        }
        return Cell.sumOfPrintable(parts);
    }

    List<Cell> byYear(List<ReportingState> members, String indicator) {
        return years.stream().map(y -> sum(members, indicator, Breakdown.TOTAL, y)).toList();
    }

    /** A ratio the report prints: numerator over denominator, times a scale, as a kind of value. */
    record Ratio(
            String numerator,
            Breakdown numeratorPart,
            String denominator,
            Breakdown denominatorPart,
            ReportValue.Kind kind,
            double scale) {

        /** A part's share of detected victims, in percent. */
        static Ratio shareOfVictims(Breakdown part) {
            return new Ratio(VICT, part, VICT, Breakdown.TOTAL, PERCENT, 100);
        }
    }

    static final Ratio RATE_PER_100K =
            new Ratio(VICT, Breakdown.TOTAL, "POP", Breakdown.TOTAL, RATE, 100_000);
    static final Ratio CONVICTIONS_PER_PROSECUTION =
            new Ratio("CONV", Breakdown.TOTAL, "PROS", Breakdown.TOTAL, RATIO, 1);

    /** The ratio year by year for every region: the rows of a region x year table. */
    Map<Region, List<ReportValue>> ratioByRegion(Ratio ratio) {
        Map<Region, List<ReportValue>> rows = new LinkedHashMap<>();
        for (Region region : regions) {
            rows.put(region, ratioByYear(statesOf(region), ratio));
        }
        return rows;
    }

    List<ReportValue> ratioByYear(List<ReportingState> members, Ratio ratio) {
        List<ReportValue> values = new ArrayList<>();
        for (int year : years) {
            values.add(ratio(members, ratio, year));
        }
        return values;
    }

    /** The States whose numerator and denominator are both published in the year. */
    List<ReportingState> ratioStates(List<ReportingState> members, Ratio ratio, int year) {
        return members.stream()
                .filter(
                        s ->
                                cells.get(s.code(), ratio.numerator(), ratio.numeratorPart(), year)
                                                .isPrintable()
                                        && cells.get(
                                                        s.code(),
                                                        ratio.denominator(),
                                                        ratio.denominatorPart(),
                                                        year)
                                                .isPrintable())
                .toList();
    }

    /**
     * A ratio over the States where both numerator and denominator are published; partial when a
     * State with one of them published is left out because the other is suppressed.
     */
    ReportValue ratio(List<ReportingState> members, Ratio ratio, int year) {
        List<Cell> nums = new ArrayList<>();
        List<Cell> dens = new ArrayList<>();
        boolean leftOut = false;
        for (ReportingState state : members) {
            Cell num = cells.get(state.code(), ratio.numerator(), ratio.numeratorPart(), year);
            Cell den = cells.get(state.code(), ratio.denominator(), ratio.denominatorPart(), year);
            if (num.isPrintable() && den.isPrintable()) {
                nums.add(num);
                dens.add(den);
            } else if (num.isSuppressed() && !den.isMissing()
                    || den.isSuppressed() && !num.isMissing()) {
                // both were reported and one is hidden; a part not reported at all is no loss
                leftOut = true;
            }
        }
        Cell num = Cell.sumOfPrintable(nums);
        Cell den = Cell.sumOfPrintable(dens);
        if (leftOut && num.isPrintable()) {
            num = num.asPartial();
        }
        if (!num.isPrintable() || !den.isPrintable() || den.value() == 0) {
            return leftOut && nums.isEmpty()
                    ? ReportValue.derived(ratio.kind(), null, Cell.suppressed(ConfStatus.C, null))
                    : ReportValue.missing();
        }
        return ReportValue.derived(
                ratio.kind(), num.value() * ratio.scale() / den.value(), num, den);
    }

    static ReportValue change(Cell before, Cell after) {
        if (before.isPrintable() && after.isPrintable() && before.value() > 0) {
            return ReportValue.derived(
                    ReportValue.Kind.CHANGE,
                    (after.value() - before.value()) * 100.0 / before.value(),
                    before,
                    after);
        }
        return ReportValue.derived(ReportValue.Kind.CHANGE, null, before, after);
    }

    // ---- tables and charts -----------------------------------------------------------------

    List<String> yearColumns() {
        return years.stream().map(String::valueOf).toList();
    }

    /**
     * Regions as parts of the all-regions total, protected before printing. The totals are sums of
     * printable values, so the protection marks them partial and hides nothing more.
     */
    ReportTable regionYearTable(String title, Map<Region, List<Cell>> rows, List<Cell> total) {
        SecondarySuppression.PartsTable table =
                SecondarySuppression.flagPartialTotals(
                        SecondarySuppression.protect(
                                new SecondarySuppression.PartsTable(
                                        new ArrayList<>(rows.values()), total)));
        List<ReportTable.Row> printed = new ArrayList<>();
        int i = 0;
        for (Region region : rows.keySet()) {
            printed.add(
                    new ReportTable.Row(
                            region.name(),
                            false,
                            table.parts().get(i++).stream().map(ReportValue::count).toList()));
        }
        printed.add(
                new ReportTable.Row(
                        texts.get("row.allRegions"),
                        true,
                        table.totals().stream().map(ReportValue::count).toList()));
        return new ReportTable(title, texts.get("col.region"), yearColumns(), printed);
    }

    /**
     * In a table of regions by year over detected victims, each region's incomplete years carry the
     * sign {@code i}: the reader sees which figures rest on fewer reporting States than usual.
     */
    ReportTable markIncomplete(ReportTable table) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            Region region =
                    regions.stream()
                            .filter(r -> r.name().equals(row.label()))
                            .findFirst()
                            .orElse(null);
            if (region == null) {
                rows.add(row);
                continue;
            }
            Set<Integer> incomplete = incompleteYears(region);
            List<ReportValue> values = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                ReportValue v = row.values().get(i);
                values.add(incomplete.contains(years.get(i)) ? v.marked(Sections.INCOMPLETE) : v);
            }
            rows.add(new ReportTable.Row(row.label(), row.total(), values));
        }
        return new ReportTable(
                table.title(),
                table.rowHeader(),
                table.columns(),
                rows,
                table.layout(),
                table.note());
    }

    ReportTable regionRows(
            String title,
            List<String> columns,
            Map<Region, List<ReportValue>> rows,
            List<ReportValue> total) {
        List<ReportTable.Row> printed = new ArrayList<>();
        rows.forEach(
                (region, values) -> printed.add(new ReportTable.Row(region.name(), false, values)));
        if (total != null) {
            printed.add(new ReportTable.Row(texts.get("row.allRegions"), true, total));
        }
        return new ReportTable(title, texts.get("col.region"), columns, printed);
    }

    List<ChartSpec.Series> regionSeries(Map<Region, List<Cell>> rows) {
        List<ChartSpec.Series> series = new ArrayList<>();
        rows.forEach(
                (region, cellsByYear) -> {
                    Map<String, Double> points = new LinkedHashMap<>();
                    for (int i = 0; i < years.size(); i++) {
                        Cell cell = cellsByYear.get(i);
                        points.put(
                                String.valueOf(years.get(i)),
                                cell.isPrintable() ? cell.value().doubleValue() : null);
                    }
                    series.add(new ChartSpec.Series(region.name(), region.colour(), false, points));
                });
        return series;
    }

    List<ChartSpec.Series> regionValueSeries(Map<Region, List<ReportValue>> rows) {
        List<ChartSpec.Series> series = new ArrayList<>();
        rows.forEach(
                (region, values) -> {
                    Map<String, Double> points = new LinkedHashMap<>();
                    for (int i = 0; i < years.size(); i++) {
                        points.put(String.valueOf(years.get(i)), values.get(i).number());
                    }
                    series.add(new ChartSpec.Series(region.name(), region.colour(), false, points));
                });
        return series;
    }

    /** The line under a section: its source, what to know, the legend. */
    String note(String specific) {
        return ReportTexts.note(texts, data.source(), specific);
    }

    String range() {
        return texts.range(years);
    }

    String stateNames(List<ReportingState> members) {
        return texts.list(members.stream().map(ReportingState::name).toList());
    }
}
