package org.thbhub.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a trend overview is made from, as the data layer reads it: the filters, the time the
 * data stand at and the time of generation, the selected regions (with their colours), their
 * States, the current observations and policy statuses of those States. The sections (scale, forms,
 * profiles, criminal justice, emerging patterns, coverage, building blocks) are computed from these
 * by {@link TrendReportComposer}, which is where suppression is applied.
 *
 * <p>Observations wanted, for every State of the regions and every year of the range: totals of
 * {@code VICT}, {@code POP}, {@code INVEST}, {@code PROS}, {@code CONV}; {@code VICT} split by
 * {@code SEX}, {@code AGE}, {@code CITIZEN} ({@code NAT}/{@code FOR}/{@code STLS}/{@code UNK}),
 * {@code EXPL}, {@code RECRUIT}. Policy statuses: every year up to {@code to}.
 *
 * @param source the source line printed under every chart ("country submissions, UNODC baseline")
 * @param language the language of the report ("en", "ru"): its texts, and the language the labels
 *     and names were read in
 */
public record TrendReportData(
        Filters filters,
        Instant asOf,
        Instant generatedAt,
        List<Region> regions,
        List<ReportingState> states,
        List<Observation> observations,
        List<PolicyStatus> policy,
        CodeLabels labels,
        String source,
        String language) {

    /** An English report. */
    public TrendReportData(
            Filters filters,
            Instant asOf,
            Instant generatedAt,
            List<Region> regions,
            List<ReportingState> states,
            List<Observation> observations,
            List<PolicyStatus> policy,
            CodeLabels labels,
            String source) {
        this(
                filters,
                asOf,
                generatedAt,
                regions,
                states,
                observations,
                policy,
                labels,
                source,
                "en");
    }

    /** The report's filters: a year range. The regions are {@link #regions()}. */
    public record Filters(int from, int to) {
        public Filters {
            if (from > to) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        }

        public int years() {
            return to - from + 1;
        }
    }

    public TrendReportData {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        regions = List.copyOf(regions);
        states = List.copyOf(states);
        observations = List.copyOf(observations);
        policy = List.copyOf(policy);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a trend report covers at least one region");
        }
    }
}
