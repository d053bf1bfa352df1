package org.thbhub.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservationViewTest {

    static ObservationView view(String sex, Long value, String comment) {
        return new ObservationView(
                "AUT",
                "VICT",
                sex,
                "_T",
                "_T",
                "_T",
                "_T",
                2019,
                value,
                "A",
                "F",
                comment,
                "5f0c2a3e-0000-4000-8000-000000000001",
                Instant.parse("2026-11-28T12:00:00Z"));
    }

    /** The written-out hashCode keeps the record's contract: equal views, equal hashes. */
    @Test
    void equalViewsHashAlikeAndAnyComponentCounts() {
        assertThat(view("F", 12L, null)).isEqualTo(view("F", 12L, null));
        assertThat(view("F", 12L, null).hashCode()).isEqualTo(view("F", 12L, null).hashCode());
        assertThat(view("F", null, "x").hashCode()).isEqualTo(view("F", null, "x").hashCode());

        assertThat(view("M", 12L, null).hashCode()).isNotEqualTo(view("F", 12L, null).hashCode());
        assertThat(view("F", 13L, null).hashCode()).isNotEqualTo(view("F", 12L, null).hashCode());
        assertThat(view("F", 12L, "x").hashCode()).isNotEqualTo(view("F", 12L, null).hashCode());
    }
}
