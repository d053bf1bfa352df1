package org.thbhub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOf50() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void refusesWhatNoListCanServeNamingTheParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, 501))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 500))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
    }
}
