package org.thbhub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.thbhub.common.InvalidRequestException;

class ParamsTest {

    @Test
    void aWholeNumberIsReadAndAnAbsentOneIsNone() {
        assertThat(Params.integer("size", " 7 ")).contains(7);
        assertThat(Params.integer("page", "-3")).contains(-3); // the range is PageRequest's
        assertThat(Params.integer("size", null)).isEmpty();
        assertThat(Params.integer("size", "  ")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedNamingTheParameterAndTheValue() {
        InvalidRequestException word =
                catchThrowableOfType(
                        () -> Params.integer("size", "ten"), InvalidRequestException.class);
        assertThat(word.parameter()).isEqualTo("size");
        assertThat(word.getMessage()).isEqualTo("size must be a whole number, not ten");

        InvalidRequestException huge =
                catchThrowableOfType(
                        () -> Params.integer("page", "99999999999999999999"),
                        InvalidRequestException.class);
        assertThat(huge.parameter()).isEqualTo("page");
        assertThat(huge.getMessage()).isEqualTo("page is out of range: 99999999999999999999");

        for (String strange : new String[] {"1.5", "1e3", "0x10", "7\u0000", "--1"}) {
            InvalidRequestException e =
                    catchThrowableOfType(
                            () -> Params.integer("size", strange), InvalidRequestException.class);
            assertThat(e).as(strange).isNotNull();
            assertThat(e.getMessage()).as(strange).startsWith("size must be a whole number");
        }
    }
}
