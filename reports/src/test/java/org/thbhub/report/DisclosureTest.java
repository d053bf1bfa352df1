package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thbhub.reference.CountryCode;

class DisclosureTest {

    static final CountryCode AUT = CountryCode.of("AUT");

    static Disclosure.Value value(String sex, String age, Long v, String conf) {
        return new Disclosure.Value(AUT, "VICT", sex, age, "_T", "_T", "_T", 2019, v, conf, "A");
    }

    @Test
    void thePartThatWouldRevealASmallCountIsHidden() {
        var values =
                List.of(
                        value("_T", "_T", 40L, "F"),
                        value("F", "_T", 37L, "F"),
                        value("M", "_T", null, "A"));
        assertThat(Disclosure.hidden(values).stream().boxed().toList()).containsExactly(1);
    }

    @Test
    void nothingIsHiddenWhenNothingCanBeDerived() {
        var values =
                List.of(
                        value("_T", "_T", 40L, "F"),
                        value("F", "_T", 30L, "F"),
                        value("M", "_T", 10L, "F"));
        assertThat(Disclosure.hidden(values).isEmpty()).isTrue();
    }

    @Test
    void valuesSplitByTwoDimensionsKeepOnlyTheirOwnStatus() {
        var values =
                List.of(
                        value("_T", "_T", 40L, "F"),
                        value("F", "Y_LT18", 37L, "F"),
                        value("M", "Y_LT18", null, "A"));
        assertThat(Disclosure.hidden(values).isEmpty()).isTrue();
    }
}
