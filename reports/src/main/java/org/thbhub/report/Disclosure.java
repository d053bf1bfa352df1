package org.thbhub.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.thbhub.reference.CountryCode;

/**
 * The reports' disclosure control offered to the other outlets of the same figures (the public SDMX
 * API): which values secondary suppression hides, worked out by the very {@link ProtectedCells} the
 * reports print from, so that no outlet shows a number a report hides.
 *
 * <p>The reports' tables split a total by one dimension at a time; a value split by two or more
 * (female minors, say) is no cell of theirs and keeps only its own {@code CONF_STATUS}.
 */
public final class Disclosure {

    private Disclosure() {}

    /**
     * One THB_STAT value of an outlet, with its stored {@code CONF_STATUS} and {@code OBS_STATUS}.
     */
    public record Value(
            CountryCode refArea,
            String indicator,
            String sex,
            String age,
            String citizen,
            String expl,
            String recruit,
            int year,
            Long value,
            String confStatus,
            String obsStatus) {
        public Value {
            Objects.requireNonNull(refArea, "refArea");
            Objects.requireNonNull(indicator, "indicator");
        }
    }

    /**
     * The positions in {@code values} of those that secondary suppression hides. The values should
     * hold whole tables (every breakdown and year of a State's indicator), as a report reads them.
     */
    public static BitSet hidden(List<Value> values) {
        List<Observation> observations = new ArrayList<>();
        Map<ProtectedCells.Key, Integer> positions = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            Breakdown breakdown = breakdown(v);
            if (breakdown == null) {
                continue;
            }
            Cell cell =
                    Cell.fromSdmx(
                            v.value(),
                            ConfStatus.valueOf(v.confStatus()),
                            v.obsStatus() == null ? null : ObsStatus.valueOf(v.obsStatus()));
            observations.add(
                    new Observation(v.refArea(), v.indicator(), breakdown, v.year(), cell));
            positions.put(
                    new ProtectedCells.Key(v.refArea(), v.indicator(), breakdown, v.year()), i);
            years.add(v.year());
        }
        BitSet hidden = new BitSet(values.size());
        if (observations.isEmpty()) {
            return hidden;
        }
        ProtectedCells cells =
                new ProtectedCells(observations, List.copyOf(years), CodeLabels.NONE);
        for (Map.Entry<ProtectedCells.Key, Cell> entry : cells.entries()) {
            if (entry.getValue().secondary()) {
                Integer position = positions.get(entry.getKey());
                if (position != null) {
                    hidden.set(position);
                }
            }
        }
        return hidden;
    }

    /** The one dimension a value splits its total by, TOTAL for the total, null for several. */
    private static Breakdown breakdown(Value v) {
        Breakdown found = Breakdown.TOTAL;
        String[] codes = {v.sex(), v.age(), v.citizen(), v.expl(), v.recruit()};
        Breakdown.Dimension[] dimensions = {
            Breakdown.Dimension.SEX,
            Breakdown.Dimension.AGE,
            Breakdown.Dimension.CITIZEN,
            Breakdown.Dimension.EXPL,
            Breakdown.Dimension.RECRUIT
        };
        for (int d = 0; d < codes.length; d++) {
            if (!Breakdown.ALL.equals(codes[d])) {
                if (found != Breakdown.TOTAL) {
                    return null;
                }
                found = Breakdown.of(dimensions[d], codes[d]);
            }
        }
        return found;
    }
}
