package org.thbhub.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.thbhub.reference.CountryCode;

/** Building blocks of the national response: each State's latest status on each item. */
final class BuildingBlocksSection {

    static final Map<PolicyStatus.Status, String> STATUS_COLOURS =
            Map.of(
                    PolicyStatus.Status.YES, "#009E73",
                    PolicyStatus.Status.PARTIAL, "#E69F00",
                    PolicyStatus.Status.NO, "#D55E00",
                    PolicyStatus.Status.UNK, "#999999",
                    PolicyStatus.Status.NA, "#DDDDDD");

    private final TrendFacts f;
    private final Texts t;

    BuildingBlocksSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    ReportSection compose() {
        int last = f.last();
        List<String> items =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                f.data.policy().stream()
                                        .filter(p -> p.year() <= last)
                                        .map(PolicyStatus::policyItem)
                                        .toList()));
        if (items.isEmpty()) {
            return ReportTexts.empty(
                    t, "building-blocks", t.get("section.buildingBlocks"), f.data.source(), last);
        }
        Map<CountryCode, Map<String, PolicyStatus>> latest = new LinkedHashMap<>();
        for (PolicyStatus p : f.data.policy()) {
            if (p.year() > last) {
                continue;
            }
            latest.computeIfAbsent(p.refArea(), s -> new LinkedHashMap<>())
                    .merge(p.policyItem(), p, (a, b) -> a.year() >= b.year() ? a : b);
        }
        List<ReportTable.Row> grid = new ArrayList<>();
        Map<String, Map<PolicyStatus.Status, Integer>> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.put(item, new EnumMap<>(PolicyStatus.Status.class)));
        List<String> silent = new ArrayList<>();
        for (ReportingState state : f.states) {
            Map<String, PolicyStatus> byItem = latest.getOrDefault(state.code(), Map.of());
            if (byItem.isEmpty()) {
                silent.add(state.name());
                continue;
            }
            List<ReportValue> values = new ArrayList<>();
            for (String item : items) {
                PolicyStatus status = byItem.get(item);
                values.add(ReportValue.text(status == null ? "" : statusLabel(status.status())));
                if (status != null) {
                    counts.get(item).merge(status.status(), 1, Integer::sum);
                }
            }
            grid.add(new ReportTable.Row(state.name() + " (" + state.code() + ")", false, values));
        }
        List<String> statusColumns = new ArrayList<>();
        for (PolicyStatus.Status s : PolicyStatus.Status.values()) {
            statusColumns.add(statusLabel(s));
        }
        statusColumns.add(t.get("blocks.col.notReported"));
        List<ReportTable.Row> summary = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        Map<PolicyStatus.Status, Map<String, Double>> byStatus =
                new EnumMap<>(PolicyStatus.Status.class);
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
                byStatus.computeIfAbsent(s, k -> new LinkedHashMap<>())
                        .put(f.labels.shortOf("POLICY_ITEM", item), (double) n);
            }
            values.add(ReportValue.count(Cell.of(f.states.size() - reported)));
            summary.add(new ReportTable.Row(f.labels.of("POLICY_ITEM", item), false, values));
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
                            statusLabel(s),
                            STATUS_COLOURS.get(s),
                            false,
                            byStatus.getOrDefault(s, Map.of())));
        }
        String headline =
                t.get(
                        "blocks.headline",
                        t.phrase(f.labels.of("POLICY_ITEM", most)),
                        mostYes,
                        f.states.size(),
                        t.phrase(f.labels.of("POLICY_ITEM", least)),
                        leastYes);
        ReportTable gridTable =
                new ReportTable(
                        t.get("blocks.table.grid"),
                        t.get("col.state"),
                        items.stream().map(i -> f.labels.shortOf("POLICY_ITEM", i)).toList(),
                        grid,
                        ReportTable.Layout.GRID);
        if (!silent.isEmpty()) {
            gridTable = gridTable.withNote(t.get("blocks.silent", t.list(silent)));
        }
        List<String> key = new ArrayList<>();
        for (String item : items) {
            String shortLabel = f.labels.shortOf("POLICY_ITEM", item);
            String label = f.labels.of("POLICY_ITEM", item);
            if (!shortLabel.equals(label)) {
                key.add(shortLabel + " = " + label);
            }
        }
        if (!key.isEmpty()) {
            gridTable = gridTable.withNote(t.get("table.key", String.join("; ", key)));
        }
        return Sections.finish(
                t,
                new ReportSection(
                        "building-blocks",
                        t.get("section.buildingBlocks"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get("blocks.chart"),
                                        t.get("axis.states"),
                                        items.stream()
                                                .map(i -> f.labels.shortOf("POLICY_ITEM", i))
                                                .toList(),
                                        series,
                                        true,
                                        true)),
                        List.of(
                                new ReportTable(
                                        t.get("blocks.table.summary", last),
                                        t.get("blocks.col.item"),
                                        statusColumns,
                                        summary),
                                gridTable),
                        f.note(t.get("blocks.note", last))),
                f.data.source(),
                last);
    }

    private String statusLabel(PolicyStatus.Status status) {
        return f.labels.of("POLICY_STATUS", status.name());
    }
}
