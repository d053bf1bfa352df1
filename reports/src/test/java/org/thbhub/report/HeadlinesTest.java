package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void statesARiseAFallAndNoChange() {
        assertThat(Headlines.change("Detected victims", "Central Asia", 2019, 1_000, 1_180))
                .isEqualTo("Detected victims in Central Asia rose by 18% in 2019");
        assertThat(Headlines.change("Detected victims", "Western Europe", 2020, 400, 300))
                .isEqualTo("Detected victims in Western Europe fell by 25% in 2020");
        assertThat(Headlines.change("Detected victims", "Eastern Europe", 2019, 1_000, 1_004))
                .isEqualTo("Detected victims in Eastern Europe were unchanged in 2019");
        assertThat(Headlines.change("Detected victims", "Malta", 2019, 0, 1_500))
                .isEqualTo("Detected victims in Malta rose from 0 to 1,500 in 2019");
    }

    @Test
    void statesSharesRangesAndIncreases() {
        assertThat(Headlines.share("Children", "detected victims", "Central Asia", 2019, 30.6))
                .isEqualTo("Children made up 31% of detected victims in Central Asia in 2019");
        assertThat(
                        Headlines.range(
                                "convictions per person prosecuted", 2019, "A", 0.214, "B", 0.6449))
                .isEqualTo(
                        "In 2019 convictions per person prosecuted ranged from 0.21 in A to"
                                + " 0.64 in B");
        assertThat(Headlines.increase(25, 60)).isEqualTo("up 140% (from 25 to 60)");
        assertThat(Headlines.coverage(31, 45, 2005, 2019))
                .isEqualTo(
                        "31 of 45 States reported detected victims in every year from 2005 to"
                                + " 2019");
    }
}
