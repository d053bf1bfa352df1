package org.thbhub.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a country profile is made from: the State, its region, the year range, its current
 * observations (same shape as for {@link TrendReportData}), its policy statuses over the years and
 * its submissions, newest first.
 */
public record CountryProfileData(
        ReportingState state,
        Region region,
        TrendReportData.Filters filters,
        Instant asOf,
        Instant generatedAt,
        List<Observation> observations,
        List<PolicyStatus> policy,
        List<SubmissionSummary> submissions,
        CodeLabels labels,
        String source,
        String language) {

    /** An English profile. */
    public CountryProfileData(
            ReportingState state,
            Region region,
            TrendReportData.Filters filters,
            Instant asOf,
            Instant generatedAt,
            List<Observation> observations,
            List<PolicyStatus> policy,
            List<SubmissionSummary> submissions,
            CodeLabels labels,
            String source) {
        this(
                state,
                region,
                filters,
                asOf,
                generatedAt,
                observations,
                policy,
                submissions,
                labels,
                source,
                "en");
    }

    public CountryProfileData {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        observations = List.copyOf(observations);
        policy = List.copyOf(policy);
        submissions = List.copyOf(submissions);
        for (Observation o : observations) {
            if (!o.refArea().equals(state.code())) {
                throw new IllegalArgumentException(
                        "an observation of " + o.refArea() + " in the profile of " + state.code());
            }
        }
    }
}
