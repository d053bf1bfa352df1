package org.thbhub.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns {@link CountryProfileData} into a {@link ReportDocument}: the State's trends, its victims
 * by sex, age, citizenship and form (with secondary suppression, which shows most here), its
 * building blocks over time and its submissions. It speaks with the trend report's {@link Texts}
 * and finishes its sections the same way ({@link Sections#finish}).
 */
public final class CountryProfileComposer {

    private final CountryProfileData data;
    private final Texts t;
    private final List<Integer> years;
    private final ProtectedCells cells;
    private final String name;

    private CountryProfileComposer(CountryProfileData data) {
        this.data = data;
        this.t = Texts.of(data.language());
        this.years =
                IntStream.rangeClosed(data.filters().from(), data.filters().to()).boxed().toList();
        this.cells = new ProtectedCells(data.observations(), years, data.labels());
        this.name = data.state().name();
    }

    public static ReportDocument compose(CountryProfileData data) {
        return new CountryProfileComposer(data).document();
    }

    private ReportDocument document() {
        String code = data.state().code().iso3();
        return new ReportDocument(
                t.get("profile.title", name),
                t.get("profile.subtitle", name, code, data.region().name()),
                List.of(
                        t.get("filter.state", name, code),
                        t.get("filter.region", data.region().name(), data.region().code()),
                        t.get("filter.years", range())),
                data.asOf(),
                data.generatedAt(),
                t.get("profile.howToRead"),
                t.get("legend"),
                data.source(),
                List.of(trends(), breakdowns(), buildingBlocks(), submissions()),
                t);
    }

    private ReportSection trends() {
        List<String> indicators = data.labels().inOrder("INDICATOR", cells.indicators());
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String indicator : indicators) {
            List<ReportValue> values = new ArrayList<>();
            for (int year : years) {
                values.add(ReportValue.count(cells.total(data.state().code(), indicator, year)));
            }
            rows.add(new ReportTable.Row(data.labels().of("INDICATOR", indicator), false, values));
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        int colour = 0;
        for (String indicator : List.of("VICT", "PROS", "CONV")) {
            Map<String, Double> points = new LinkedHashMap<>();
            for (int year : years) {
                Cell cell = cells.total(data.state().code(), indicator, year);
                points.put(
                        String.valueOf(year),
                        cell.isPrintable() ? cell.value().doubleValue() : null);
            }
            series.add(
                    new ChartSpec.Series(
                            data.labels().shortOf("INDICATOR", indicator),
                            Region.OKABE_ITO.get(colour++),
                            false,
                            points));
        }
        List<Comparison> comparisons = new ArrayList<>();
        String headline = trendHeadline(comparisons);
        return Sections.finish(
                t,
                new ReportSection(
                        "trends",
                        t.get("section.trends"),
                        headline,
                        List.of(
                                new ChartSpec.Line(
                                        t.get("profile.trends.chart"),
                                        t.get("axis.persons"),
                                        columns(),
                                        series)),
                        List.of(
                                new ReportTable(
                                        t.get("profile.trends.table"),
                                        t.get("col.indicator"),
                                        columns(),
                                        rows)),
                        note(t.get("profile.trends.note")),
                        comparisons),
                data.source(),
                name,
                range());
    }

    /** The change between the State's last two published years of detected victims. */
    private String trendHeadline(List<Comparison> comparisons) {
        Integer before = null;
        Integer after = null;
        for (int year : years) {
            if (cells.total(data.state().code(), "VICT", year).isPrintable()) {
                before = after;
                after = year;
            }
        }
        if (before == null) {
            return t.get("profile.trends.headline.none", name, range());
        }
        long b = cells.total(data.state().code(), "VICT", before).value();
        long a = cells.total(data.state().code(), "VICT", after).value();
        comparisons.add(
                Comparison.of(
                        "VICT",
                        Breakdown.TOTAL,
                        data.state().code().iso3(),
                        before,
                        after,
                        List.of(data.state().code())));
        return t.get(
                "profile.trends.headline",
                name,
                before,
                after,
                Sections.direction(t, b, a),
                t.count(b),
                t.count(a));
    }

    private ReportSection breakdowns() {
        List<ReportTable> tables = new ArrayList<>();
        String headline = null;
        int last = years.get(years.size() - 1);
        for (Breakdown.Dimension dimension :
                List.of(
                        Breakdown.Dimension.SEX,
                        Breakdown.Dimension.AGE,
                        Breakdown.Dimension.CITIZEN,
                        Breakdown.Dimension.EXPL,
                        Breakdown.Dimension.RECRUIT)) {
            List<String> codes = cells.codes("VICT", dimension);
            if (codes.isEmpty()) {
                continue;
            }
            List<ReportTable.Row> rows = new ArrayList<>();
            for (String code : codes) {
                List<ReportValue> values = new ArrayList<>();
                for (int year : years) {
                    values.add(
                            ReportValue.count(
                                    cells.get(
                                            data.state().code(),
                                            "VICT",
                                            Breakdown.of(dimension, code),
                                            year)));
                }
                rows.add(
                        new ReportTable.Row(
                                data.labels().of(dimension.name(), code), false, values));
            }
            List<ReportValue> totals = new ArrayList<>();
            for (int year : years) {
                totals.add(ReportValue.count(cells.total(data.state().code(), "VICT", year)));
            }
            rows.add(new ReportTable.Row(t.get("row.total"), true, totals));
            tables.add(
                    new ReportTable(
                            t.get("profile.breakdowns.table." + dimension.name()),
                            t.get("col.part"),
                            columns(),
                            rows));
            if (dimension == Breakdown.Dimension.SEX && headline == null) {
                headline = womenHeadline();
            }
        }
        if (headline == null) {
            headline = t.get("profile.breakdowns.headline.none", name, range());
        }
        Integer chartYear = null;
        Map<String, Double> byForm = new LinkedHashMap<>();
        for (int i = years.size() - 1; i >= 0 && byForm.isEmpty(); i--) {
            int year = years.get(i);
            for (String code : cells.codes("VICT", Breakdown.Dimension.EXPL)) {
                Cell c = cells.get(data.state().code(), "VICT", Breakdown.expl(code), year);
                if (c.isPrintable()) {
                    byForm.put(data.labels().shortOf("EXPL", code), c.value().doubleValue());
                    chartYear = year;
                }
            }
        }
        return Sections.finish(
                t,
                new ReportSection(
                        "breakdowns",
                        t.get("section.breakdowns"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get(
                                                "profile.breakdowns.chart",
                                                chartYear == null ? last : chartYear),
                                        t.get("axis.persons"),
                                        new ArrayList<>(byForm.keySet()),
                                        List.of(
                                                new ChartSpec.Series(
                                                        String.valueOf(
                                                                chartYear == null
                                                                        ? last
                                                                        : chartYear),
                                                        data.region().colour(),
                                                        false,
                                                        byForm)),
                                        false,
                                        true)),
                        tables,
                        note(t.get("profile.breakdowns.note"))),
                data.source(),
                name,
                range());
    }

    /** The share of women and girls in the latest year the State published both figures. */
    private String womenHeadline() {
        for (int i = years.size() - 1; i >= 0; i--) {
            int year = years.get(i);
            Cell women = cells.get(data.state().code(), "VICT", Breakdown.sex("F"), year);
            Cell total = cells.total(data.state().code(), "VICT", year);
            if (women.isPrintable() && total.isPrintable() && total.value() > 0) {
                return t.get(
                        "profile.breakdowns.headline",
                        name,
                        year,
                        t.wholePercent(women.value() * 100.0 / total.value()));
            }
        }
        return null;
    }

    private ReportSection buildingBlocks() {
        List<String> items =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                data.policy().stream().map(PolicyStatus::policyItem).toList()));
        if (items.isEmpty()) {
            return ReportTexts.empty(
                    t,
                    "profile-building-blocks",
                    t.get("section.buildingBlocksOverTime"),
                    data.source(),
                    name,
                    range());
        }
        Map<String, Map<Integer, PolicyStatus.Status>> byItem = new LinkedHashMap<>();
        for (PolicyStatus p : data.policy()) {
            byItem.computeIfAbsent(p.policyItem(), i -> new LinkedHashMap<>())
                    .put(p.year(), p.status());
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        Map<String, Double> yesByYear = new LinkedHashMap<>();
        for (int year : years) {
            yesByYear.put(String.valueOf(year), 0.0);
        }
        for (String item : items) {
            List<ReportValue> values = new ArrayList<>();
            for (int year : years) {
                PolicyStatus.Status status = byItem.get(item).get(year);
                values.add(
                        status == null
                                ? ReportValue.missing()
                                : ReportValue.text(
                                        data.labels().of("POLICY_STATUS", status.name())));
                if (status == PolicyStatus.Status.YES) {
                    yesByYear.merge(String.valueOf(year), 1.0, Double::sum);
                }
            }
            rows.add(new ReportTable.Row(data.labels().of("POLICY_ITEM", item), false, values));
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        String headline =
                t.get(
                        "profile.blocks.headline",
                        name,
                        yesByYear.get(String.valueOf(last)).intValue(),
                        items.size(),
                        last,
                        yesByYear.get(String.valueOf(first)).intValue(),
                        first);
        return Sections.finish(
                t,
                new ReportSection(
                        "building-blocks",
                        t.get("section.buildingBlocksOverTime"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get("profile.blocks.chart"),
                                        t.get("axis.blocks"),
                                        columns(),
                                        List.of(
                                                new ChartSpec.Series(
                                                        data.labels().of("POLICY_STATUS", "YES"),
                                                        "#009E73",
                                                        false,
                                                        yesByYear)),
                                        false,
                                        false)),
                        List.of(
                                new ReportTable(
                                        t.get("profile.blocks.table"),
                                        t.get("blocks.col.item"),
                                        columns(),
                                        rows,
                                        ReportTable.Layout.GRID)),
                        note(t.get("profile.blocks.note"))),
                data.source(),
                name,
                range());
    }

    private ReportSection submissions() {
        if (data.submissions().isEmpty()) {
            return ReportTexts.empty(
                    t,
                    "submissions",
                    t.get("section.submissions"),
                    t.get("profile.submissions.source"),
                    name);
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (SubmissionSummary s : data.submissions()) {
            rows.add(
                    new ReportTable.Row(
                            t.dateTime(s.receivedAt()),
                            false,
                            List.of(
                                    ReportValue.text(s.channel()),
                                    ReportValue.text(s.status()),
                                    ReportValue.text(s.fileName()),
                                    ReportValue.count(Cell.of(s.observations())),
                                    ReportValue.count(Cell.of(s.errors())),
                                    ReportValue.count(Cell.of(s.warnings())))));
        }
        SubmissionSummary latest = data.submissions().get(0);
        long accepted =
                data.submissions().stream().filter(s -> s.status().equals("ACCEPTED")).count();
        String headline =
                t.plural(
                        "profile.submissions.headline",
                        data.submissions().size(),
                        name,
                        accepted,
                        t.date(latest.receivedAt()),
                        latest.status());
        return new ReportSection(
                "submissions",
                t.get("section.submissions"),
                headline,
                List.of(),
                List.of(
                        new ReportTable(
                                t.get("profile.submissions.table"),
                                t.get("profile.submissions.col.received"),
                                List.of(
                                        t.get("profile.submissions.col.channel"),
                                        t.get("profile.submissions.col.status"),
                                        t.get("profile.submissions.col.file"),
                                        t.get("profile.submissions.col.observations"),
                                        t.get("profile.submissions.col.errors"),
                                        t.get("profile.submissions.col.warnings")),
                                rows)),
                t.get("note.source", t.get("profile.submissions.source")));
    }

    private List<String> columns() {
        return years.stream().map(String::valueOf).toList();
    }

    private String range() {
        return t.range(years);
    }

    private String note(String specific) {
        return ReportTexts.note(t, data.source(), specific);
    }
}
