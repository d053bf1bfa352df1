package org.thbhub.report;

import static org.thbhub.report.ReportValue.Kind.CHANGE;
import static org.thbhub.report.ReportValue.Kind.PERCENT;
import static org.thbhub.report.ReportValue.Kind.POINTS;
import static org.thbhub.report.ReportValue.Kind.RATE;
import static org.thbhub.report.ReportValue.Kind.RATIO;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.thbhub.reference.CountryCode;

/**
 * Turns {@link TrendReportData} into a {@link ReportDocument}: aggregates States into regions,
 * builds the constant panel, computes shares, rates, changes and the headlines. Region figures are
 * sums of the printable State values, so they never reveal a suppressed one; they are marked
 * partial when they leave one out.
 */
public final class TrendReportComposer {

    /** Thresholds of "largest increases": both must be met, from a base of at least MIN_BASE. */
    static final int MIN_INCREASE_PERCENT = 50;

    static final int MIN_INCREASE_ABSOLUTE = 20;
    static final int MIN_BASE = 10;
    static final int MAX_INCREASES = 15;

    static final String VICT = "VICT";
    static final List<String> INCREASE_INDICATORS =
            List.of("VICT", "INVEST", "SUSP", "PROS", "CONV", "OFFENCE", "ASSIST");

    /** Paul Tol's muted scheme, colour-blind safe, for forms: region colours stay regions'. */
    static final List<String> FORM_COLOURS =
            List.of(
                    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99",
                    "#999933", "#AA4499", "#DDDDDD");

    static final Map<PolicyStatus.Status, String> STATUS_COLOURS =
            Map.of(
                    PolicyStatus.Status.YES, "#009E73",
                    PolicyStatus.Status.PARTIAL, "#E69F00",
                    PolicyStatus.Status.NO, "#D55E00",
                    PolicyStatus.Status.UNK, "#999999",
                    PolicyStatus.Status.NA, "#DDDDDD");

    public static final String LEGEND =
            "<5 small count suppressed at source \u00b7 c confidential, or suppressed so that"
                    + " another value cannot be derived \u00b7 p provisional \u00b7 e estimated"
                    + " \u00b7 b break in series \u00b7 * total or share leaves out suppressed"
                    + " values \u00b7 .. not reported";

    static final String HOW_TO_READ =
            "Each section states its finding in one sentence, then shows a chart and the table"
                    + " behind it. Trends are shown twice: over all States that reported in a year,"
                    + " and over a constant panel of the States that reported in every year of the"
                    + " range, so that a State starting to report does not look like a rise."
                    + " Region figures add up the States' published values. Suppressed values are"
                    + " never printed: <5 marks a small count, c a confidential value, or one"
                    + " hidden so that another cannot be worked out by subtraction; a total or"
                    + " share marked * leaves such values out. p, e and b mark provisional and"
                    + " estimated values and breaks in series.";

    private final TrendReportData data;
    private final List<Integer> years;
    private final ProtectedCells cells;
    private final Map<String, List<ReportingState>> statesByRegion = new LinkedHashMap<>();
    private final List<ReportingState> states = new ArrayList<>();

    private TrendReportComposer(TrendReportData data) {
        this.data = data;
        this.years =
                IntStream.rangeClosed(data.filters().from(), data.filters().to()).boxed().toList();
        this.cells = new ProtectedCells(data.observations(), years, data.labels());
        for (Region region : data.regions()) {
            List<ReportingState> members =
                    data.states().stream()
                            .filter(s -> s.regionCode().equals(region.code()))
                            .sorted(Comparator.comparing(ReportingState::name))
                            .toList();
            statesByRegion.put(region.code(), members);
            states.addAll(members);
        }
    }

    public static ReportDocument compose(TrendReportData data) {
        return new TrendReportComposer(data).document();
    }

    private ReportDocument document() {
        List<String> filters =
                List.of(
                        "Years: " + data.filters().from() + "\u2013" + data.filters().to(),
                        "Regions: "
                                + String.join(
                                        ", ",
                                        data.regions().stream()
                                                .map(r -> r.name() + " (" + r.code() + ")")
                                                .toList()),
                        "States: " + states.size());
        return new ReportDocument(
                "THB trend overview",
                "Trafficking in human beings: detected victims and the response to it",
                filters,
                data.asOf(),
                data.generatedAt(),
                HOW_TO_READ,
                LEGEND,
                data.source(),
                List.of(
                        scale(),
                        forms(),
                        profiles(),
                        justice(),
                        emerging(),
                        coverage(),
                        buildingBlocks()));
    }

    // ---- scale ---------------------------------------------------------------------------

    private ReportSection scale() {
        List<ReportingState> panel = constantPanel();
        Map<Region, List<Cell>> all = new LinkedHashMap<>();
        Map<Region, List<Cell>> onPanel = new LinkedHashMap<>();
        for (Region region : data.regions()) {
            all.put(region, byYear(statesOf(region), VICT));
            onPanel.put(region, byYear(members(region, panel), VICT));
        }
        List<Cell> allTotal = byYear(states, VICT);
        List<Cell> panelTotal = byYear(panel, VICT);

        List<ReportTable> tables = new ArrayList<>();
        tables.add(regionYearTable("Detected victims, all reporting States", all, allTotal));
        tables.add(
                regionYearTable(
                        "Detected victims, constant panel ("
                                + panel.size()
                                + " States reporting every year)",
                        onPanel,
                        panelTotal));
        tables.add(changeTable(onPanel, panelTotal));
        tables.add(rateTable());

        String headline = scaleHeadline(onPanel, all, panel.size());
        List<String> categories = years.stream().map(String::valueOf).toList();
        List<ChartSpec> charts =
                List.of(
                        new ChartSpec.Line(
                                "All reporting States",
                                "Detected victims",
                                categories,
                                regionSeries(all)),
                        new ChartSpec.Line(
                                "Constant panel (" + panel.size() + " States)",
                                "Detected victims",
                                categories,
                                regionSeries(onPanel)));
        return new ReportSection(
                "scale",
                "Scale: detected victims",
                headline,
                charts,
                tables,
                note(
                        "Constant panel: the States with a published number of detected victims in"
                                + " every year "
                                + range()
                                + ". Rates use the States that report both"
                                + " victims and population (POP)."));
    }

    private String scaleHeadline(
            Map<Region, List<Cell>> panel, Map<Region, List<Cell>> all, int panelSize) {
        if (years.size() < 2) {
            return "Detected victims in " + years.get(0) + " by region are shown below.";
        }
        String best = largestChange(panel);
        if (best != null) {
            return best
                    + ", on the constant panel of the "
                    + panelSize
                    + " States that reported every year.";
        }
        best = largestChange(all);
        if (best != null) {
            return best + ", over all reporting States (no State reported every year).";
        }
        return "Too few published values to state a trend of detected victims " + range() + ".";
    }

    private String largestChange(Map<Region, List<Cell>> series) {
        int last = years.size() - 1;
        String sentence = null;
        double largest = -1;
        for (var entry : series.entrySet()) {
            Cell before = entry.getValue().get(last - 1);
            Cell after = entry.getValue().get(last);
            if (before.isPrintable() && after.isPrintable() && before.value() > 0) {
                double change = Math.abs(after.value() - before.value()) / (double) before.value();
                if (change > largest) {
                    largest = change;
                    sentence =
                            Headlines.change(
                                    "Detected victims",
                                    entry.getKey().name(),
                                    years.get(last),
                                    before.value(),
                                    after.value());
                }
            }
        }
        return sentence;
    }

    private ReportTable changeTable(Map<Region, List<Cell>> panel, List<Cell> panelTotal) {
        List<String> columns = years.stream().skip(1).map(String::valueOf).toList();
        List<ReportTable.Row> rows = new ArrayList<>();
        for (var entry : panel.entrySet()) {
            rows.add(new ReportTable.Row(entry.getKey().name(), false, changes(entry.getValue())));
        }
        rows.add(new ReportTable.Row("All selected regions", true, changes(panelTotal)));
        return new ReportTable("Year-on-year change, constant panel (%)", "Region", columns, rows);
    }

    private static List<ReportValue> changes(List<Cell> series) {
        List<ReportValue> values = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            values.add(change(series.get(i - 1), series.get(i)));
        }
        return values;
    }

    static ReportValue change(Cell before, Cell after) {
        if (before.isPrintable() && after.isPrintable() && before.value() > 0) {
            return ReportValue.derived(
                    CHANGE,
                    (after.value() - before.value()) * 100.0 / before.value(),
                    before,
                    after);
        }
        return ReportValue.derived(CHANGE, null, before, after);
    }

    private ReportTable rateTable() {
        return regionRows(
                "Detected victims per 100,000 population",
                yearColumns(),
                ratioByRegion(RATE_PER_100K),
                ratioByYear(states, RATE_PER_100K));
    }

    /** A ratio the report prints: numerator over denominator, times a scale, as a kind of value. */
    private record Ratio(
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

    private static final Ratio RATE_PER_100K =
            new Ratio(VICT, Breakdown.TOTAL, "POP", Breakdown.TOTAL, RATE, 100_000);
    private static final Ratio CONVICTIONS_PER_PROSECUTION =
            new Ratio("CONV", Breakdown.TOTAL, "PROS", Breakdown.TOTAL, RATIO, 1);

    /** The ratio year by year for every region: the rows of a region x year table. */
    private Map<Region, List<ReportValue>> ratioByRegion(Ratio ratio) {
        Map<Region, List<ReportValue>> rows = new LinkedHashMap<>();
        for (Region region : data.regions()) {
            rows.put(region, ratioByYear(statesOf(region), ratio));
        }
        return rows;
    }

    private List<ReportValue> ratioByYear(List<ReportingState> members, Ratio ratio) {
        List<ReportValue> values = new ArrayList<>();
        for (int year : years) {
            values.add(ratio(members, ratio, year));
        }
        return values;
    }

    /**
     * A ratio over the States where both numerator and denominator are published; partial when a
     * State with one of them published is left out because the other is suppressed.
     */
    private ReportValue ratio(List<ReportingState> members, Ratio ratio, int year) {
        List<Cell> nums = new ArrayList<>();
        List<Cell> dens = new ArrayList<>();
        boolean leftOut = false;
        for (ReportingState state : members) {
            Cell num = cells.get(state.code(), ratio.numerator(), ratio.numeratorPart(), year);
            Cell den = cells.get(state.code(), ratio.denominator(), ratio.denominatorPart(), year);
            if (num.isPrintable() && den.isPrintable()) {
                nums.add(num);
                dens.add(den);
            } else if (num.isSuppressed() || den.isSuppressed()) {
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

    // ---- forms of exploitation ---------------------------------------------------------------

    private ReportSection forms() {
        List<String> forms = cells.codes(VICT, Breakdown.Dimension.EXPL);
        int last = latestYearWith(VICT, Breakdown.Dimension.EXPL);
        int first = earliestYearWith(VICT, Breakdown.Dimension.EXPL);
        List<String> regionNames = data.regions().stream().map(Region::name).toList();

        List<ReportTable.Row> shareRows = new ArrayList<>();
        List<ReportTable.Row> moveRows = new ArrayList<>();
        List<ReportTable.Row> countRows = new ArrayList<>();
        Map<String, Map<String, Double>> chartPoints = new LinkedHashMap<>();
        Map<Region, String> topForm = new LinkedHashMap<>();
        Map<Region, Double> topShare = new LinkedHashMap<>();
        String shift = null;
        double largestShift = 0;
        for (String form : forms) {
            List<ReportValue> shares = new ArrayList<>();
            List<ReportValue> moves = new ArrayList<>();
            List<ReportValue> counts = new ArrayList<>();
            Map<String, Double> points = new LinkedHashMap<>();
            for (Region region : data.regions()) {
                ReportValue now = formShare(region, form, last);
                ReportValue then = formShare(region, form, first);
                shares.add(now);
                counts.add(ReportValue.count(formCount(region, form, last)));
                if (now.number() != null) {
                    points.put(region.name(), now.number());
                    if (!form.equals("UNK") && now.number() > topShare.getOrDefault(region, -1.0)) {
                        topShare.put(region, now.number());
                        topForm.put(region, form);
                    }
                }
                if (now.number() != null && then.number() != null && first < last) {
                    double points2 = now.number() - then.number();
                    moves.add(
                            new ReportValue(
                                    POINTS,
                                    points2,
                                    now.marker(),
                                    ReportValue.format(POINTS, points2) + now.marker()));
                    if (Math.abs(points2) > Math.abs(largestShift)) {
                        largestShift = points2;
                        shift =
                                "the largest shift since "
                                        + first
                                        + " was "
                                        + data.labels().phrase(form)
                                        + " in "
                                        + region.name()
                                        + ", "
                                        + (points2 > 0 ? "up " : "down ")
                                        + Math.round(Math.abs(points2))
                                        + " points";
                    }
                } else {
                    moves.add(ReportValue.missing());
                }
            }
            String label = data.labels().of(form);
            shareRows.add(new ReportTable.Row(label, false, shares));
            moveRows.add(new ReportTable.Row(label, false, moves));
            countRows.add(new ReportTable.Row(label, false, counts));
            chartPoints.put(label, points);
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        int i = 0;
        for (var entry : chartPoints.entrySet()) {
            series.add(
                    new ChartSpec.Series(
                            entry.getKey(),
                            FORM_COLOURS.get(i++ % FORM_COLOURS.size()),
                            false,
                            entry.getValue()));
        }
        String headline = formsHeadline(topForm, topShare, last, shift);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(
                new ReportTable(
                        "Share of detected victims by form of exploitation, " + last + " (%)",
                        "Form",
                        regionNames,
                        shareRows));
        if (first < last) {
            tables.add(
                    new ReportTable(
                            "Change in share, " + first + " to " + last + " (percentage points)",
                            "Form",
                            regionNames,
                            moveRows));
        }
        tables.add(
                new ReportTable(
                        "Detected victims by form of exploitation, " + last,
                        "Form",
                        regionNames,
                        countRows));
        return new ReportSection(
                "forms",
                "Forms of exploitation",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "Forms of exploitation, " + last + " (%)",
                                "Share of forms reported (%)",
                                regionNames,
                                series,
                                true,
                                false)),
                tables,
                note(
                        "Forms are not exclusive: a victim exploited in several forms counts in each."
                                + " Shares are of the sum of the forms reported, so they add up to 100."));
    }

    private String formsHeadline(
            Map<Region, String> topForm, Map<Region, Double> topShare, int year, String shift) {
        if (topForm.isEmpty()) {
            return "No State in the selected regions reported victims by form of exploitation "
                    + range()
                    + ".";
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        topForm.values().forEach(f -> votes.merge(f, 1, Integer::sum));
        String mode =
                votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Region biggest =
                topForm.entrySet().stream()
                        .filter(e -> e.getValue().equals(mode))
                        .map(Map.Entry::getKey)
                        .max(Comparator.comparing(topShare::get))
                        .orElseThrow();
        String sentence =
                Headlines.capitalised(data.labels().phrase(mode))
                        + " was the most detected form of exploitation in "
                        + votes.get(mode)
                        + " of "
                        + data.regions().size()
                        + " regions in "
                        + year
                        + " (up to "
                        + Math.round(topShare.get(biggest))
                        + "% in "
                        + biggest.name()
                        + ")";
        return sentence + (shift == null ? "." : "; " + shift + ".");
    }

    private Cell formCount(Region region, String form, int year) {
        return sum(statesOf(region), VICT, Breakdown.expl(form), year);
    }

    private ReportValue formShare(Region region, String form, int year) {
        Cell part = formCount(region, form, year);
        List<Cell> all = new ArrayList<>();
        for (String f : cells.codes(VICT, Breakdown.Dimension.EXPL)) {
            all.add(formCount(region, f, year));
        }
        Cell whole = Cell.sumOfPrintable(all);
        if (!part.isPrintable() || !whole.isPrintable() || whole.value() == 0) {
            return ReportValue.derived(PERCENT, null, part, whole);
        }
        return ReportValue.derived(PERCENT, part.value() * 100.0 / whole.value(), part, whole);
    }

    // ---- profiles --------------------------------------------------------------------------

    private record Profile(String label, String phrase, Breakdown part) {}

    private ReportSection profiles() {
        List<Profile> profiles =
                List.of(
                        new Profile("Children", "Children", Breakdown.age("Y_LT18")),
                        new Profile("Women and girls", "Women and girls", Breakdown.sex("F")),
                        new Profile(
                                "Foreign victims", "Foreign nationals", Breakdown.citizen("FOR")));
        List<ReportTable> tables = new ArrayList<>();
        int last = years.get(years.size() - 1);
        Map<Region, Map<String, Double>> latest = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            Ratio share = Ratio.shareOfVictims(profile.part());
            Map<Region, List<ReportValue>> rows = ratioByRegion(share);
            rows.forEach(
                    (region, values) -> {
                        ReportValue now = values.get(values.size() - 1);
                        if (now.number() != null) {
                            latest.computeIfAbsent(region, r -> new LinkedHashMap<>())
                                    .put(profile.label(), now.number());
                        }
                    });
            tables.add(
                    regionRows(
                            profile.label() + " among detected victims (%)",
                            yearColumns(),
                            rows,
                            ratioByYear(states, share)));
        }
        List<String> categories = profiles.stream().map(Profile::label).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Region region : data.regions()) {
            series.add(
                    new ChartSpec.Series(
                            region.name(),
                            region.colour(),
                            false,
                            latest.getOrDefault(region, Map.of())));
        }
        String headline;
        Region top =
                latest.entrySet().stream()
                        .filter(e -> e.getValue().containsKey("Children"))
                        .max(Comparator.comparing(e -> e.getValue().get("Children")))
                        .map(Map.Entry::getKey)
                        .orElse(null);
        if (top == null) {
            headline =
                    "Too few States published victims by age in "
                            + last
                            + " to state the share of children.";
        } else {
            headline =
                    Headlines.share(
                                    "Children",
                                    "detected victims",
                                    top.name(),
                                    last,
                                    latest.get(top).get("Children"))
                            + (data.regions().size() > 1
                                    ? ", the highest share among the selected regions."
                                    : ".");
        }
        return new ReportSection(
                "profiles",
                "Profiles of detected victims",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "Profiles of detected victims, " + last + " (%)",
                                "Share of detected victims (%)",
                                categories,
                                series,
                                false,
                                false)),
                tables,
                note(
                        "Shares are over the States that publish both the part and the total;"
                                + " foreign victims are those with another citizenship than the"
                                + " reporting State's."));
    }

    // ---- criminal justice --------------------------------------------------------------------

    private ReportSection justice() {
        int last = years.get(years.size() - 1);
        List<String> columns =
                List.of(
                        data.labels().of("INVEST"),
                        data.labels().of("PROS"),
                        data.labels().of("CONV"),
                        "Convictions per prosecution");
        Map<Region, List<ReportValue>> latestRows = new LinkedHashMap<>();
        for (Region region : data.regions()) {
            latestRows.put(region, justiceRow(statesOf(region), last));
        }
        Map<Region, List<ReportValue>> ratioRows = ratioByRegion(CONVICTIONS_PER_PROSECUTION);
        List<ReportValue> ratioTotal = ratioByYear(states, CONVICTIONS_PER_PROSECUTION);
        List<ReportTable> tables =
                List.of(
                        regionRows(
                                "Criminal justice, " + last,
                                columns,
                                latestRows,
                                justiceRow(states, last)),
                        regionRows(
                                "Convictions per person prosecuted",
                                yearColumns(),
                                ratioRows,
                                ratioTotal));
        String headline =
                "Too few States published prosecutions and convictions for "
                        + last
                        + " to compare them.";
        String lowName = null;
        String highName = null;
        double low = Double.MAX_VALUE;
        double high = -1;
        for (var entry : ratioRows.entrySet()) {
            Double value = entry.getValue().get(entry.getValue().size() - 1).number();
            if (value != null) {
                if (value < low) {
                    low = value;
                    lowName = entry.getKey().name();
                }
                if (value > high) {
                    high = value;
                    highName = entry.getKey().name();
                }
            }
        }
        if (lowName != null) {
            headline =
                    Headlines.range(
                                    "convictions per person prosecuted",
                                    last,
                                    lowName,
                                    low,
                                    highName,
                                    high)
                            + ".";
        }
        return new ReportSection(
                "justice",
                "Criminal justice response",
                headline,
                List.of(
                        new ChartSpec.Line(
                                "Convictions per person prosecuted",
                                "Ratio",
                                years.stream().map(String::valueOf).toList(),
                                regionValueSeries(ratioRows))),
                tables,
                note(
                        "Ratios are over the States that publish both prosecutions and convictions"
                                + " for the year; persons convicted in a year were not all prosecuted in"
                                + " that year."));
    }

    private List<ReportValue> justiceRow(List<ReportingState> members, int year) {
        return List.of(
                ReportValue.count(sum(members, "INVEST", Breakdown.TOTAL, year)),
                ReportValue.count(sum(members, "PROS", Breakdown.TOTAL, year)),
                ReportValue.count(sum(members, "CONV", Breakdown.TOTAL, year)),
                ratio(members, CONVICTIONS_PER_PROSECUTION, year));
    }

    // ---- emerging patterns -------------------------------------------------------------------

    private record Increase(
            ReportingState state,
            String indicator,
            int year,
            Cell before,
            Cell after,
            double percent) {}

    private ReportSection emerging() {
        Ratio onlineShare = Ratio.shareOfVictims(Breakdown.recruit("ONLINE"));
        Map<Region, List<ReportValue>> online = ratioByRegion(onlineShare);
        List<ReportValue> onlineTotal = ratioByYear(states, onlineShare);
        List<Increase> increases = increases();
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Increase inc : increases) {
            rows.add(
                    new ReportTable.Row(
                            inc.state().name(),
                            false,
                            List.of(
                                    ReportValue.text(data.labels().of(inc.indicator())),
                                    ReportValue.text((inc.year() - 1) + "\u2013" + inc.year()),
                                    ReportValue.count(inc.before()),
                                    ReportValue.count(inc.after()),
                                    change(inc.before(), inc.after()))));
        }
        String thresholds =
                "at least +"
                        + MIN_INCREASE_PERCENT
                        + "% and +"
                        + MIN_INCREASE_ABSOLUTE
                        + " on a base of at least "
                        + MIN_BASE;
        String headline;
        if (increases.isEmpty()) {
            headline =
                    "No State's figure rose by "
                            + thresholds
                            + " from one year to the next "
                            + range()
                            + ".";
        } else {
            Increase top = increases.get(0);
            headline =
                    "The largest year-on-year increase was in "
                            + data.labels().phrase(top.indicator())
                            + " in "
                            + top.state().name()
                            + ", "
                            + Headlines.increase(top.before().value(), top.after().value())
                            + " in "
                            + top.year()
                            + "; "
                            + increases.size()
                            + " increases were of "
                            + thresholds
                            + ".";
        }
        List<ReportTable> tables =
                List.of(
                        regionRows(
                                "Share of detected victims recruited online (%)",
                                yearColumns(), online, onlineTotal),
                        new ReportTable(
                                "Largest year-on-year increases (" + thresholds + ")",
                                "State",
                                List.of("Indicator", "Years", "Before", "After", "Change (%)"),
                                rows));
        return new ReportSection(
                "emerging",
                "Emerging patterns",
                headline,
                List.of(
                        new ChartSpec.Line(
                                "Recruited online (%)",
                                "Share of detected victims (%)",
                                years.stream().map(String::valueOf).toList(),
                                regionValueSeries(online))),
                tables,
                note(
                        "Online recruitment where States report it. Increases: State and indicator,"
                                + " from one year to the next, "
                                + thresholds
                                + "; the "
                                + MAX_INCREASES
                                + " largest by percentage. Suppressed values take no part."));
    }

    private List<Increase> increases() {
        List<Increase> found = new ArrayList<>();
        for (ReportingState state : states) {
            for (String indicator : INCREASE_INDICATORS) {
                for (int i = 1; i < years.size(); i++) {
                    Cell before = cells.total(state.code(), indicator, years.get(i - 1));
                    Cell after = cells.total(state.code(), indicator, years.get(i));
                    if (before.isPrintable()
                            && after.isPrintable()
                            && before.value() >= MIN_BASE
                            && after.value() - before.value() >= MIN_INCREASE_ABSOLUTE) {
                        double percent = (after.value() - before.value()) * 100.0 / before.value();
                        if (percent >= MIN_INCREASE_PERCENT) {
                            found.add(
                                    new Increase(
                                            state,
                                            indicator,
                                            years.get(i),
                                            before,
                                            after,
                                            percent));
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(Increase::percent).reversed());
        return found.subList(0, Math.min(MAX_INCREASES, found.size()));
    }

    // ---- coverage and quality ----------------------------------------------------------------

    private ReportSection coverage() {
        List<ReportTable.Row> grid = new ArrayList<>();
        for (ReportingState state : states) {
            List<ReportValue> marks = new ArrayList<>();
            for (int year : years) {
                marks.add(mark(cells.total(state.code(), VICT, year)));
            }
            grid.add(new ReportTable.Row(state.name() + " (" + state.code() + ")", false, marks));
        }
        List<ReportingState> panel = constantPanel();
        List<String> columns =
                List.of(
                        "States",
                        "Every year",
                        "Values",
                        "Provisional",
                        "Estimated",
                        "Breaks",
                        "Suppressed at source");
        Map<Region, List<ReportValue>> quality = new LinkedHashMap<>();
        long[] totals = new long[columns.size()];
        int suppressedTotal = 0;
        int provisionalTotal = 0;
        for (Region region : data.regions()) {
            long[] counts = new long[columns.size()];
            Set<CountryCode> members = new LinkedHashSet<>();
            statesOf(region).forEach(s -> members.add(s.code()));
            counts[0] = members.size();
            counts[1] = members(region, panel).size();
            for (var entry : cells.entries()) {
                if (!members.contains(entry.getKey().state())) {
                    continue;
                }
                Cell cell = entry.getValue();
                counts[2]++;
                counts[3] += cell.flags().contains(ObsStatus.P) ? 1 : 0;
                counts[4] += cell.flags().contains(ObsStatus.E) ? 1 : 0;
                counts[5] += cell.flags().contains(ObsStatus.B) ? 1 : 0;
                counts[6] += cell.conf().suppressed() ? 1 : 0;
            }
            List<ReportValue> values = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                values.add(ReportValue.count(Cell.of(counts[i])));
                totals[i] += counts[i];
            }
            quality.put(region, values);
        }
        suppressedTotal = (int) totals[6];
        provisionalTotal = (int) totals[3];
        List<ReportValue> totalRow = new ArrayList<>();
        for (long t : totals) {
            totalRow.add(ReportValue.count(Cell.of(t)));
        }
        Map<String, Map<String, Double>> reporting = new LinkedHashMap<>();
        for (Region region : data.regions()) {
            Map<String, Double> points = new LinkedHashMap<>();
            for (int year : years) {
                long n =
                        statesOf(region).stream()
                                .filter(s -> !cells.total(s.code(), VICT, year).isMissing())
                                .count();
                points.put(String.valueOf(year), (double) n);
            }
            reporting.put(region.name(), points);
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Region region : data.regions()) {
            series.add(
                    new ChartSpec.Series(
                            region.name(), region.colour(), false, reporting.get(region.name())));
        }
        String headline =
                Headlines.coverage(
                                panel.size(),
                                states.size(),
                                years.get(0),
                                years.get(years.size() - 1))
                        + "; "
                        + suppressedTotal
                        + " values are suppressed at source, "
                        + cells.secondarySuppressions()
                        + " more in this report to protect them, and "
                        + provisionalTotal
                        + " are provisional.";
        return new ReportSection(
                "coverage",
                "Coverage and quality",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "States reporting detected victims",
                                "States",
                                years.stream().map(String::valueOf).toList(),
                                series,
                                true,
                                false)),
                List.of(
                        regionRows(
                                "Values and flags by region, " + range(),
                                columns,
                                quality,
                                totalRow),
                        new ReportTable(
                                "Detected victims reported, by State and year",
                                "State",
                                years.stream().map(String::valueOf).toList(),
                                grid,
                                ReportTable.Layout.GRID)),
                note(
                        "\u2713 a published value (with its flag), <5 or c a suppressed one, blank"
                                + " not reported. Values: every observation of the selected States in the"
                                + " range, all indicators and breakdowns. "
                                + cells.secondarySuppressions()
                                + " further values were suppressed in this report so that no suppressed"
                                + " value can be derived."));
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
        cell.flags().forEach(f -> flags.append(f.suffix()));
        return ReportValue.text("\u2713" + flags);
    }

    // ---- building blocks ---------------------------------------------------------------------

    private ReportSection buildingBlocks() {
        int last = years.get(years.size() - 1);
        List<String> items =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                data.policy().stream().map(PolicyStatus::policyItem).toList()));
        Map<CountryCode, Map<String, PolicyStatus>> latest = new LinkedHashMap<>();
        for (PolicyStatus p : data.policy()) {
            if (p.year() > last) {
                continue;
            }
            latest.computeIfAbsent(p.refArea(), s -> new LinkedHashMap<>())
                    .merge(p.policyItem(), p, (a, b) -> a.year() >= b.year() ? a : b);
        }
        List<ReportTable.Row> grid = new ArrayList<>();
        Map<String, Map<PolicyStatus.Status, Integer>> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.put(item, new java.util.EnumMap<>(PolicyStatus.Status.class)));
        for (ReportingState state : states) {
            Map<String, PolicyStatus> byItem = latest.getOrDefault(state.code(), Map.of());
            List<ReportValue> values = new ArrayList<>();
            for (String item : items) {
                PolicyStatus status = byItem.get(item);
                values.add(ReportValue.text(status == null ? "" : status.status().name()));
                if (status != null) {
                    counts.get(item).merge(status.status(), 1, Integer::sum);
                }
            }
            grid.add(new ReportTable.Row(state.name() + " (" + state.code() + ")", false, values));
        }
        List<String> statusColumns = new ArrayList<>();
        for (PolicyStatus.Status s : PolicyStatus.Status.values()) {
            statusColumns.add(s.name());
        }
        statusColumns.add("Not reported");
        List<ReportTable.Row> summary = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        Map<PolicyStatus.Status, Map<String, Double>> byStatus =
                new java.util.EnumMap<>(PolicyStatus.Status.class);
        String most = null;
        String least = null;
        int mostYes = -1;
        int leastYes = Integer.MAX_VALUE;
        for (String item : items) {
            Map<PolicyStatus.Status, Integer> c = counts.get(item);
            List<ReportValue> values = new ArrayList<>();
            int reported = 0;
            for (PolicyStatus.Status s : PolicyStatus.Status.values()) {
                int n = c.getOrDefault(s, 0);
                reported += n;
                values.add(ReportValue.count(Cell.of(n)));
                byStatus.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(item, (double) n);
            }
            values.add(ReportValue.count(Cell.of(states.size() - reported)));
            summary.add(new ReportTable.Row(data.labels().withCode(item), false, values));
            int yes = c.getOrDefault(PolicyStatus.Status.YES, 0);
            if (yes > mostYes) {
                mostYes = yes;
                most = item;
            }
            if (yes < leastYes) {
                leastYes = yes;
                least = item;
            }
        }
        for (PolicyStatus.Status s : PolicyStatus.Status.values()) {
            series.add(
                    new ChartSpec.Series(
                            s.name(),
                            STATUS_COLOURS.get(s),
                            false,
                            byStatus.getOrDefault(s, Map.of())));
        }
        String headline =
                most == null
                        ? "No State reported the status of its building blocks up to " + last + "."
                        : "The most widespread building block is "
                                + data.labels().phrase(most)
                                + " (YES in "
                                + mostYes
                                + " of "
                                + states.size()
                                + " States); the least is "
                                + data.labels().phrase(least)
                                + " (YES in "
                                + leastYes
                                + ").";
        return new ReportSection(
                "building-blocks",
                "Building blocks of the national response",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "Latest status by building block",
                                "States",
                                items,
                                series,
                                true,
                                true)),
                List.of(
                        new ReportTable(
                                "States by latest status, up to " + last,
                                "Building block",
                                statusColumns,
                                summary),
                        new ReportTable(
                                "Latest status by State",
                                "State",
                                items,
                                grid,
                                ReportTable.Layout.GRID)),
                note(
                        "Latest status: the most recent year up to "
                                + last
                                + " a State reported."
                                + " YES in place, PARTIAL in part, NO not in place, UNK unknown, NA not"
                                + " applicable."));
    }

    // ---- shared ------------------------------------------------------------------------------

    private List<ReportingState> statesOf(Region region) {
        return statesByRegion.getOrDefault(region.code(), List.of());
    }

    private static List<ReportingState> members(Region region, List<ReportingState> subset) {
        return subset.stream().filter(s -> s.regionCode().equals(region.code())).toList();
    }

    /** The States with a published total of detected victims in every year of the range. */
    private List<ReportingState> constantPanel() {
        return states.stream()
                .filter(
                        s ->
                                years.stream()
                                        .allMatch(
                                                y -> cells.total(s.code(), VICT, y).isPrintable()))
                .toList();
    }

    private Cell sum(List<ReportingState> members, String indicator, Breakdown part, int year) {
        List<Cell> parts = new ArrayList<>();
        for (ReportingState state : members) {
            parts.add(cells.get(state.code(), indicator, part, year));
        }
        return Cell.sumOfPrintable(parts);
    }

    private List<Cell> byYear(List<ReportingState> members, String indicator) {
        return years.stream().map(y -> sum(members, indicator, Breakdown.TOTAL, y)).toList();
    }

    private List<String> yearColumns() {
        return years.stream().map(String::valueOf).toList();
    }

    /**
     * Regions as parts of the all-regions total, protected before printing. The totals are sums of
     * printable values, so the protection marks them partial and hides nothing more.
     */
    private ReportTable regionYearTable(
            String title, Map<Region, List<Cell>> rows, List<Cell> total) {
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
                        "All selected regions",
                        true,
                        table.totals().stream().map(ReportValue::count).toList()));
        return new ReportTable(title, "Region", yearColumns(), printed);
    }

    private ReportTable regionRows(
            String title,
            List<String> columns,
            Map<Region, List<ReportValue>> rows,
            List<ReportValue> total) {
        List<ReportTable.Row> printed = new ArrayList<>();
        rows.forEach(
                (region, values) -> printed.add(new ReportTable.Row(region.name(), false, values)));
        printed.add(new ReportTable.Row("All selected regions", true, total));
        return new ReportTable(title, "Region", columns, printed);
    }

    private List<ChartSpec.Series> regionSeries(Map<Region, List<Cell>> rows) {
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

    private List<ChartSpec.Series> regionValueSeries(Map<Region, List<ReportValue>> rows) {
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

    private int latestYearWith(String indicator, Breakdown.Dimension dimension) {
        return yearsWith(indicator, dimension, years.get(years.size() - 1), Math::max);
    }

    private int earliestYearWith(String indicator, Breakdown.Dimension dimension) {
        return yearsWith(indicator, dimension, years.get(0), Math::min);
    }

    private int yearsWith(
            String indicator,
            Breakdown.Dimension dimension,
            int fallback,
            java.util.function.BinaryOperator<Integer> pick) {
        Integer found = null;
        for (var entry : cells.entries()) {
            ProtectedCells.Key key = entry.getKey();
            if (key.indicator().equals(indicator)
                    && key.breakdown().dimension() == dimension
                    && entry.getValue().isPrintable()) {
                found = found == null ? key.year() : pick.apply(found, key.year());
            }
        }
        return found == null ? fallback : found;
    }

    private String range() {
        return range(years);
    }

    /** "2015–2020": the first and last of the years. */
    static String range(List<Integer> years) {
        return years.get(0) + "\u2013" + years.get(years.size() - 1);
    }

    private String note(String specific) {
        return note(data.source(), specific);
    }

    /** The line under a section of either report: its source, what to know, the legend. */
    static String note(String source, String specific) {
        return "Source: " + source + ". " + specific + " Flags and suppression: " + LEGEND + ".";
    }
}
