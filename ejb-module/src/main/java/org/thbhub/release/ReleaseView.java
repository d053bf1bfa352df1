package org.thbhub.release;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** A country x year's review and release as the API answers it (design.md section 12). */
@JsonbNillable
public record ReleaseView(
        String country,
        int year,
        String state,
        Instant releaseAt,
        Instant publishedReleaseAt,
        List<Step> history) {

    @JsonbNillable
    public record Step(String state, String actor, Instant at, String comment) {}

    static ReleaseView of(Release r) {
        return new ReleaseView(
                r.country().iso3(),
                r.year().value(),
                r.state().name(),
                r.releaseAt().orElse(null),
                r.publishedReleaseAt().orElse(null),
                r.history().stream()
                        .map(
                                s ->
                                        new Step(
                                                s.state().name(),
                                                s.actor(),
                                                s.at(),
                                                s.comment().orElse(null)))
                        .toList());
    }
}
