package org.thbhub.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a chart shows, independent of how it is drawn. Only publishable numbers go in. */
public sealed interface ChartSpec {

    String title();

    /**
     * One series.
     *
     * @param colour "#RRGGBB"
     * @param dashed drawn dashed (a constant-panel series beside its all-reporters twin)
     * @param points category (a year, a region) to value, in drawing order
     */
    record Series(String name, String colour, boolean dashed, Map<String, Double> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            points = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
        }
    }

    /** Lines over ordered categories (years). */
    record Line(String title, String valueAxis, List<String> categories, List<Series> series)
            implements ChartSpec {
        public Line {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Bars; stacked (shares adding to 100) or side by side. */
    record Bar(
            String title,
            String valueAxis,
            List<String> categories,
            List<Series> series,
            boolean stacked,
            boolean horizontal)
            implements ChartSpec {
        public Bar {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }
}
