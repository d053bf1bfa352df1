package org.thbhub.report;

import static org.thbhub.report.ReportValue.Kind.PERCENT;
import static org.thbhub.report.ReportValue.Kind.POINTS;
import static org.thbhub.report.TrendFacts.VICT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forms of exploitation: shares by region in the latest year enough States reported forms, and the
 * shift in shares since the earliest such year among the States that reported forms in both.
 */
final class FormsSection {

    /** Paul Tol's muted scheme, colour-blind safe, for forms: region colours stay regions'. */
    static final List<String> FORM_COLOURS =
            List.of(
                    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99",
                    "#999933", "#AA4499", "#DDDDDD");

    private final TrendFacts f;
    private final Texts t;
    private final List<String> forms;

    FormsSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
        this.forms = facts.cells.codes(VICT, Breakdown.Dimension.EXPL);
    }

    /** The States among {@code members} that published a form of exploitation for the year. */
    private List<ReportingState> formReporters(List<ReportingState> members, int year) {
        return members.stream()
                .filter(
                        s ->
                                forms.stream()
                                        .anyMatch(
                                                form ->
                                                        f.cells
                                                                .get(
                                                                        s.code(),
                                                                        VICT,
                                                                        Breakdown.expl(form),
                                                                        year)
                                                                .isPrintable()))
                .toList();
    }

    /** The years in which enough States reported forms and the year is not incomplete. */
    private List<Integer> usableYears() {
        List<Integer> counts =
                f.years.stream().map(y -> formReporters(f.states, y).size()).toList();
        int ever =
                (int)
                        f.states.stream()
                                .filter(
                                        s ->
                                                f.years.stream()
                                                        .anyMatch(
                                                                y ->
                                                                        !formReporters(
                                                                                        List.of(s),
                                                                                        y)
                                                                                .isEmpty()))
                                .count();
        Set<Integer> incomplete = f.incompleteYears(counts);
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < f.years.size(); i++) {
            if (counts.get(i) > 0
                    && TrendFacts.enough(counts.get(i), ever)
                    && !incomplete.contains(f.years.get(i))) {
                usable.add(f.years.get(i));
            }
        }
        return usable;
    }

    ReportSection compose() {
        List<Integer> usable = forms.isEmpty() ? List.of() : usableYears();
        if (usable.isEmpty()) {
            return ReportTexts.empty(
                    t, "forms", t.get("section.forms"), f.data.source(), f.range());
        }
        int last = usable.get(usable.size() - 1);
        int first = usable.get(0);
        List<String> regionNames = f.regions.stream().map(Region::name).toList();

        List<ReportTable.Row> shareRows = new ArrayList<>();
        List<ReportTable.Row> moveRows = new ArrayList<>();
        List<ReportTable.Row> countRows = new ArrayList<>();
        Map<String, Map<String, Double>> chartPoints = new LinkedHashMap<>();
        Map<Region, String> topForm = new LinkedHashMap<>();
        Map<Region, Double> topShare = new LinkedHashMap<>();
        Map<Region, List<ReportingState>> matched = new LinkedHashMap<>();
        for (Region region : f.regions) {
            List<ReportingState> both =
                    formReporters(f.statesOf(region), first).stream()
                            .filter(s -> !formReporters(List.of(s), last).isEmpty())
                            .toList();
            int ever = formReportersEver(f.statesOf(region));
            matched.put(
                    region,
                    first < last && TrendFacts.enough(both.size(), ever) ? both : List.of());
        }
        Shift shift = null;
        for (String form : forms) {
            List<ReportValue> shares = new ArrayList<>();
            List<ReportValue> moves = new ArrayList<>();
            List<ReportValue> counts = new ArrayList<>();
            Map<String, Double> points = new LinkedHashMap<>();
            for (Region region : f.regions) {
                ReportValue now = share(f.statesOf(region), form, last);
                shares.add(now);
                counts.add(ReportValue.count(count(f.statesOf(region), form, last)));
                if (now.number() != null) {
                    points.put(region.name(), now.number());
                    if (!form.equals("UNK") && now.number() > topShare.getOrDefault(region, -1.0)) {
                        topShare.put(region, now.number());
                        topForm.put(region, form);
                    }
                }
                List<ReportingState> both = matched.get(region);
                ReportValue then =
                        both.isEmpty() ? ReportValue.missing() : share(both, form, first);
                ReportValue later =
                        both.isEmpty() ? ReportValue.missing() : share(both, form, last);
                if (then.number() != null && later.number() != null) {
                    double moved = later.number() - then.number();
                    moves.add(
                            new ReportValue(
                                            POINTS,
                                            moved,
                                            later.marker(),
                                            ReportValue.format(POINTS, moved) + later.marker())
                                    .withSuffix(" (" + both.size() + ")"));
                    if (shift == null || Math.abs(moved) > Math.abs(shift.points())) {
                        shift = new Shift(form, region, moved, both);
                    }
                } else {
                    moves.add(ReportValue.missing());
                }
            }
            String label = f.labels.of("EXPL", form);
            shareRows.add(new ReportTable.Row(label, false, shares));
            moveRows.add(new ReportTable.Row(label, false, moves));
            countRows.add(new ReportTable.Row(label, false, counts));
            chartPoints.put(f.labels.shortOf("EXPL", form), points);
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
        List<Comparison> comparisons = new ArrayList<>();
        String headline = headline(topForm, topShare, last, first, shift, comparisons);
        String formColumn = t.get("col.form");
        List<ReportTable> tables = new ArrayList<>();
        tables.add(
                new ReportTable(
                        t.get("forms.table.share", last), formColumn, regionNames, shareRows));
        if (first < last) {
            tables.add(
                    new ReportTable(
                            t.get("forms.table.shift", first, last),
                            formColumn,
                            regionNames,
                            moveRows));
        }
        tables.add(
                new ReportTable(
                        t.get("forms.table.count", last), formColumn, regionNames, countRows));
        return Sections.finish(
                t,
                new ReportSection(
                        "forms",
                        t.get("section.forms"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get("forms.chart", last),
                                        t.get("axis.formShare"),
                                        regionNames,
                                        series,
                                        true,
                                        false)),
                        tables,
                        f.note(t.get("forms.note", TrendFacts.MIN_STATES)),
                        comparisons),
                f.data.source(),
                f.range());
    }

    private int formReportersEver(List<ReportingState> members) {
        return (int)
                members.stream()
                        .filter(
                                s ->
                                        f.years.stream()
                                                .anyMatch(
                                                        y ->
                                                                !formReporters(List.of(s), y)
                                                                        .isEmpty()))
                        .count();
    }

    private record Shift(String form, Region region, double points, List<ReportingState> states) {}

    private String headline(
            Map<Region, String> topForm,
            Map<Region, Double> topShare,
            int year,
            int first,
            Shift shift,
            List<Comparison> comparisons) {
        if (topForm.isEmpty()) {
            return t.get("section.forms.empty", f.range());
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        topForm.values().forEach(form -> votes.merge(form, 1, Integer::sum));
        String mode =
                votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Region biggest =
                topForm.entrySet().stream()
                        .filter(e -> e.getValue().equals(mode))
                        .map(Map.Entry::getKey)
                        .max(Comparator.comparing(topShare::get))
                        .orElseThrow();
        String sentence =
                t.get(
                        "forms.headline",
                        t.capitalised(t.phrase(f.labels.of("EXPL", mode))),
                        votes.get(mode),
                        f.regions.size(),
                        year,
                        t.wholePercent(topShare.get(biggest)),
                        biggest.name(),
                        t.plural(
                                "forms.headline.base",
                                formReporters(f.statesOf(biggest), year).size()));
        if (shift == null) {
            return sentence + ".";
        }
        comparisons.add(
                Comparison.of(
                        VICT,
                        Breakdown.expl(shift.form()),
                        shift.region().code(),
                        first,
                        year,
                        shift.states().stream().map(ReportingState::code).toList()));
        return sentence
                + t.plural(
                        "forms.headline.shift",
                        shift.states().size(),
                        first,
                        t.phrase(f.labels.of("EXPL", shift.form())),
                        shift.region().name(),
                        t.get(shift.points() > 0 ? "forms.up" : "forms.down"),
                        t.count(Math.round(Math.abs(shift.points()))));
    }

    private Cell count(List<ReportingState> members, String form, int year) {
        return f.sum(members, VICT, Breakdown.expl(form), year);
    }

    private ReportValue share(List<ReportingState> members, String form, int year) {
        Cell part = count(members, form, year);
        List<Cell> all = new ArrayList<>();
        for (String other : forms) {
            all.add(count(members, other, year));
        }
        Cell whole = Cell.sumOfPrintable(all);
        if (!part.isPrintable() || !whole.isPrintable() || whole.value() == 0) {
            return ReportValue.derived(PERCENT, null, part, whole);
        }
        return ReportValue.derived(PERCENT, part.value() * 100.0 / whole.value(), part, whole);
    }
}
