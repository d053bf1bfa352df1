package org.thbhub.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thbhub.reference.CountryCode;

/**
 * The observations of a report, indexed, with secondary suppression applied to every State's
 * breakdowns (each dimension's parts against the State's total, year by year) until nothing more
 * changes. Everything a report prints or sums is read from here.
 */
final class ProtectedCells {

    record Key(CountryCode state, String indicator, Breakdown breakdown, int year) {}

    private final Map<Key, Cell> cells = new HashMap<>();
    private final List<Integer> years;
    private final Map<String, Map<Breakdown.Dimension, List<String>>> codes;
    private int secondary;

    /** {@code labels} gives the code lists' orders, in which {@link #codes} answers. */
    ProtectedCells(List<Observation> observations, List<Integer> years, CodeLabels labels) {
        this.years = List.copyOf(years);
        for (Observation o : observations) {
            if (years.contains(o.year())) {
                cells.put(new Key(o.refArea(), o.indicator(), o.breakdown(), o.year()), o.cell());
            }
        }
        protect();
        codes = codesPresent(cells.keySet(), labels);
    }

    Cell get(CountryCode state, String indicator, Breakdown breakdown, int year) {
        return cells.getOrDefault(new Key(state, indicator, breakdown, year), Cell.missing());
    }

    Cell total(CountryCode state, String indicator, int year) {
        return get(state, indicator, Breakdown.TOTAL, year);
    }

    /** Codes of a dimension present for an indicator, in print order. */
    List<String> codes(String indicator, Breakdown.Dimension dimension) {
        return codes.getOrDefault(indicator, Map.of()).getOrDefault(dimension, List.of());
    }

    /**
     * Every indicator's codes by dimension, in print order, worked out once: the composers ask for
     * them in their inner loops (region x form x year), and a scan of every cell each time was the
     * largest part of composing a trend report over a million values.
     */
    private static Map<String, Map<Breakdown.Dimension, List<String>>> codesPresent(
            Set<Key> keys, CodeLabels labels) {
        Map<String, Map<Breakdown.Dimension, Set<String>>> present = new HashMap<>();
        for (Key key : keys) {
            present.computeIfAbsent(key.indicator(), i -> new EnumMap<>(Breakdown.Dimension.class))
                    .computeIfAbsent(key.breakdown().dimension(), d -> new HashSet<>())
                    .add(key.breakdown().code());
        }
        Map<String, Map<Breakdown.Dimension, List<String>>> ordered = new HashMap<>();
        for (var byIndicator : present.entrySet()) {
            Map<Breakdown.Dimension, List<String>> byDimension =
                    new EnumMap<>(Breakdown.Dimension.class);
            byIndicator
                    .getValue()
                    .forEach((d, codes) -> byDimension.put(d, labels.inOrder(d.codeList(), codes)));
            ordered.put(byIndicator.getKey(), byDimension);
        }
        return ordered;
    }

    Set<String> indicators() {
        Set<String> indicators = new LinkedHashSet<>();
        cells.keySet().forEach(k -> indicators.add(k.indicator()));
        return indicators;
    }

    Iterable<Map.Entry<Key, Cell>> entries() {
        return cells.entrySet();
    }

    private static final Set<Breakdown.Dimension> ADDITIVE =
            Set.of(Breakdown.Dimension.SEX, Breakdown.Dimension.AGE, Breakdown.Dimension.CITIZEN);

    /** How many cells this report suppressed to protect others. */
    int secondarySuppressions() {
        return secondary;
    }

    private void protect() {
        Map<CountryCode, Map<String, Map<Breakdown.Dimension, Set<String>>>> groups =
                new HashMap<>();
        for (Key key : cells.keySet()) {
            // Only exclusive breakdowns can be subtracted from their total: forms of exploitation
            // and recruitment overlap (one victim, several forms), so nothing is derivable there.
            if (ADDITIVE.contains(key.breakdown().dimension())) {
                groups.computeIfAbsent(key.state(), s -> new HashMap<>())
                        .computeIfAbsent(
                                key.indicator(), i -> new EnumMap<>(Breakdown.Dimension.class))
                        .computeIfAbsent(key.breakdown().dimension(), d -> new LinkedHashSet<>())
                        .add(key.breakdown().code());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var byState : groups.entrySet()) {
                for (var byIndicator : byState.getValue().entrySet()) {
                    for (var byDimension : byIndicator.getValue().entrySet()) {
                        changed |=
                                protect(
                                        byState.getKey(),
                                        byIndicator.getKey(),
                                        byDimension.getKey(),
                                        List.copyOf(byDimension.getValue()));
                    }
                }
            }
        }
    }

    private boolean protect(
            CountryCode state,
            String indicator,
            Breakdown.Dimension dimension,
            List<String> codes) {
        List<List<Cell>> parts = new ArrayList<>();
        for (String code : codes) {
            List<Cell> row = new ArrayList<>();
            for (int year : years) {
                row.add(get(state, indicator, Breakdown.of(dimension, code), year));
            }
            parts.add(row);
        }
        List<Cell> totals = new ArrayList<>();
        for (int year : years) {
            totals.add(total(state, indicator, year));
        }
        SecondarySuppression.PartsTable result =
                SecondarySuppression.protect(new SecondarySuppression.PartsTable(parts, totals));
        boolean changed = false;
        for (int c = 0; c < years.size(); c++) {
            int year = years.get(c);
            for (int r = 0; r < codes.size(); r++) {
                changed |=
                        put(
                                state,
                                indicator,
                                Breakdown.of(dimension, codes.get(r)),
                                year,
                                result.part(r, c));
            }
            changed |= put(state, indicator, Breakdown.TOTAL, year, result.totals().get(c));
        }
        return changed;
    }

    private boolean put(CountryCode state, String indicator, Breakdown b, int year, Cell cell) {
        Key key = new Key(state, indicator, b, year);
        Cell before = cells.get(key);
        if (cell.secondary() && (before == null || !before.secondary())) {
            cells.put(key, cell);
            secondary++;
            return true;
        }
        return false;
    }
}
