package org.thbhub.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns {@link CountryProfileData} into a {@link ReportDocument}: the State's trends, its victims
 * by sex, age, citizenship and form (with secondary suppression, which shows most here), its
 * building blocks over time and its submissions.
 */
public final class CountryProfileComposer {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final CountryProfileData data;
    private final List<Integer> years;
    private final ProtectedCells cells;
    private final String name;

    private CountryProfileComposer(CountryProfileData data) {
        this.data = data;
        this.years =
                IntStream.rangeClosed(data.filters().from(), data.filters().to()).boxed().toList();
        this.cells = new ProtectedCells(data.observations(), years, data.labels());
        this.name = data.state().name();
    }

    public static ReportDocument compose(CountryProfileData data) {
        return new CountryProfileComposer(data).document();
    }

    private ReportDocument document() {
        return new ReportDocument(
                "Country profile: " + name,
                "Trafficking in human beings: "
                        + name
                        + " ("
                        + data.state().code()
                        + "), "
                        + data.region().name(),
                List.of(
                        "State: " + name + " (" + data.state().code() + ")",
                        "Region: " + data.region().name() + " (" + data.region().code() + ")",
                        "Years: " + data.filters().from() + "\u2013" + data.filters().to()),
                data.asOf(),
                data.generatedAt(),
                "Each section states its finding in one sentence, then shows a chart and the"
                        + " table behind it. Suppressed values are never printed: <5 marks a"
                        + " small count, c a confidential value or one hidden so that another"
                        + " cannot be worked out by subtraction from the total. p, e and b mark"
                        + " provisional and estimated values and breaks in series.",
                TrendReportComposer.LEGEND,
                data.source(),
                List.of(trends(), breakdowns(), buildingBlocks(), submissions()));
    }

    private ReportSection trends() {
        List<String> indicators = data.labels().inOrder("INDICATOR", cells.indicators());
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String indicator : indicators) {
            List<ReportValue> values = new ArrayList<>();
            for (int year : years) {
                values.add(ReportValue.count(cells.total(data.state().code(), indicator, year)));
            }
            rows.add(new ReportTable.Row(data.labels().of(indicator), false, values));
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
                            data.labels().of(indicator),
                            Region.OKABE_ITO.get(colour++),
                            false,
                            points));
        }
        return new ReportSection(
                "trends",
                "Trends",
                trendHeadline(),
                List.of(
                        new ChartSpec.Line(
                                "Victims, prosecutions and convictions",
                                "Persons",
                                columns(),
                                series)),
                List.of(new ReportTable("Indicators by year", "Indicator", columns(), rows)),
                note("Counts as the State reported them."));
    }

    private String trendHeadline() {
        Integer before = null;
        Integer after = null;
        for (int year : years) {
            if (cells.total(data.state().code(), "VICT", year).isPrintable()) {
                before = after;
                after = year;
            }
        }
        if (before == null) {
            return name
                    + " published too few numbers of detected victims "
                    + range()
                    + " to state a trend.";
        }
        long b = cells.total(data.state().code(), "VICT", before).value();
        long a = cells.total(data.state().code(), "VICT", after).value();
        String sentence = Headlines.change("Detected victims", name, after, b, a);
        return sentence + (after - before > 1 ? " (compared with " + before + ")." : ".");
    }

    private ReportSection breakdowns() {
        List<ReportTable> tables = new ArrayList<>();
        Map<Breakdown.Dimension, String> titles = new LinkedHashMap<>();
        titles.put(Breakdown.Dimension.SEX, "Detected victims by sex");
        titles.put(Breakdown.Dimension.AGE, "Detected victims by age");
        titles.put(Breakdown.Dimension.CITIZEN, "Detected victims by citizenship");
        titles.put(Breakdown.Dimension.EXPL, "Detected victims by form of exploitation");
        titles.put(Breakdown.Dimension.RECRUIT, "Detected victims by recruitment");
        String headline = null;
        int last = years.get(years.size() - 1);
        for (var entry : titles.entrySet()) {
            List<String> codes = cells.codes("VICT", entry.getKey());
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
                                            Breakdown.of(entry.getKey(), code),
                                            year)));
                }
                rows.add(
                        new ReportTable.Row(
                                data.labels().of(entry.getKey().name(), code), false, values));
            }
            List<ReportValue> totals = new ArrayList<>();
            for (int year : years) {
                totals.add(ReportValue.count(cells.total(data.state().code(), "VICT", year)));
            }
            rows.add(new ReportTable.Row("Total", true, totals));
            tables.add(new ReportTable(entry.getValue(), "Part", columns(), rows));
            if (entry.getKey() == Breakdown.Dimension.SEX && headline == null) {
                Cell f = cells.get(data.state().code(), "VICT", Breakdown.sex("F"), last);
                Cell t = cells.total(data.state().code(), "VICT", last);
                if (f.isPrintable() && t.isPrintable() && t.value() > 0) {
                    headline =
                            Headlines.share(
                                            "Women and girls",
                                            "detected victims",
                                            name,
                                            last,
                                            f.value() * 100.0 / t.value())
                                    + ".";
                }
            }
        }
        if (tables.isEmpty()) {
            tables.add(new ReportTable("Detected victims by part", "Part", columns(), List.of()));
        }
        if (headline == null) {
            headline =
                    name + " published no breakdown of detected victims by sex for " + last + ".";
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String code : cells.codes("VICT", Breakdown.Dimension.EXPL)) {
            Cell c = cells.get(data.state().code(), "VICT", Breakdown.expl(code), last);
            if (c.isPrintable()) {
                shares.put(
                        data.labels().of(Breakdown.Dimension.EXPL.name(), code),
                        c.value().doubleValue());
            }
        }
        return new ReportSection(
                "breakdowns",
                "Who the victims are",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "Detected victims by form, " + last,
                                "Persons",
                                new ArrayList<>(shares.keySet()),
                                List.of(
                                        new ChartSpec.Series(
                                                String.valueOf(last),
                                                data.region().colour(),
                                                false,
                                                shares)),
                                false,
                                true)),
                tables,
                note(
                        "Where a total and all but one of its parts would be printed, one more part"
                                + " (the smallest) or the total is suppressed (c), so that no suppressed"
                                + " value can be worked out by subtraction."));
    }

    private ReportSection buildingBlocks() {
        List<String> items =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                data.policy().stream().map(PolicyStatus::policyItem).toList()));
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
                values.add(ReportValue.text(status == null ? "" : status.name()));
                if (status == PolicyStatus.Status.YES) {
                    yesByYear.merge(String.valueOf(year), 1.0, Double::sum);
                }
            }
            rows.add(new ReportTable.Row(data.labels().withCode(item), false, values));
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        String headline =
                items.isEmpty()
                        ? name + " reported no building blocks " + range() + "."
                        : name
                                + " reported YES on "
                                + yesByYear.get(String.valueOf(last)).intValue()
                                + " of "
                                + items.size()
                                + " building blocks in "
                                + last
                                + ", against "
                                + yesByYear.get(String.valueOf(first)).intValue()
                                + " in "
                                + first
                                + ".";
        return new ReportSection(
                "building-blocks",
                "Building blocks over time",
                headline,
                List.of(
                        new ChartSpec.Bar(
                                "Building blocks in place (YES)",
                                "Building blocks",
                                columns(),
                                List.of(new ChartSpec.Series("YES", "#009E73", false, yesByYear)),
                                false,
                                false)),
                List.of(
                        new ReportTable(
                                "Status by year",
                                "Building block",
                                columns(),
                                rows,
                                ReportTable.Layout.GRID)),
                note(
                        "YES in place, PARTIAL in part, NO not in place, UNK unknown, NA not"
                                + " applicable; blank: not reported."));
    }

    private ReportSection submissions() {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (SubmissionSummary s : data.submissions()) {
            rows.add(
                    new ReportTable.Row(
                            DAY.format(s.receivedAt()),
                            false,
                            List.of(
                                    ReportValue.text(s.channel()),
                                    ReportValue.text(s.status()),
                                    ReportValue.text(s.fileName()),
                                    ReportValue.count(Cell.of(s.observations())),
                                    ReportValue.count(Cell.of(s.errors())),
                                    ReportValue.count(Cell.of(s.warnings())))));
        }
        String headline;
        if (data.submissions().isEmpty()) {
            headline = name + " has sent no submission.";
        } else {
            SubmissionSummary latest = data.submissions().get(0);
            long accepted =
                    data.submissions().stream().filter(s -> s.status().equals("ACCEPTED")).count();
            headline =
                    name
                            + " sent "
                            + data.submissions().size()
                            + " submissions, "
                            + accepted
                            + " accepted; the latest, on "
                            + DAY.format(latest.receivedAt()).substring(0, 10)
                            + ", was "
                            + latest.status().toLowerCase(Locale.UK)
                            + ".";
        }
        return new ReportSection(
                "submissions",
                "Submissions",
                headline,
                List.of(),
                List.of(
                        new ReportTable(
                                "Submissions, newest first (UTC)",
                                "Received",
                                List.of(
                                        "Channel",
                                        "Status",
                                        "File",
                                        "Observations",
                                        "Errors",
                                        "Warnings"),
                                rows)),
                "Source: THB Hub submission records.");
    }

    private List<String> columns() {
        return years.stream().map(String::valueOf).toList();
    }

    private String range() {
        return TrendReportComposer.range(years);
    }

    private String note(String specific) {
        return TrendReportComposer.note(data.source(), specific);
    }
}
