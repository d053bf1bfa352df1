package org.thbhub.web.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataRequestTest {

    static DataRequest parse(String flow, String key) {
        return DataRequest.parse(flow, key, null, null, null, null, null, null);
    }

    @Test
    void flowsAreNamedAsClientsNameThem() {
        assertThat(parse("THB_STAT", null).flow()).isEqualTo(SdmxFlow.THB_STAT);
        assertThat(parse("THB,THB_POLICY", null).flow()).isEqualTo(SdmxFlow.THB_POLICY);
        assertThat(parse("THB,THB_STAT,1.0", "all").flow()).isEqualTo(SdmxFlow.THB_STAT);
        assertThat(parse("THB,THB_STAT,latest", "").flow()).isEqualTo(SdmxFlow.THB_STAT);
        assertThatThrownBy(() -> parse("ECB,THB_STAT,1.0", null))
                .isInstanceOfSatisfying(
                        SdmxException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> parse("THB,THB_STAT,2.0", null))
                .isInstanceOfSatisfying(
                        SdmxException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void keysTakeDotsPlusAndEmptyPositions() {
        DataRequest r = parse("THB_STAT", "AUT+DEU.VICT.._T...");
        assertThat(r.key())
                .containsExactly(
                        Set.of("AUT", "DEU"),
                        Set.of("VICT"),
                        Set.of(),
                        Set.of("_T"),
                        Set.of(),
                        Set.of(),
                        Set.of());
        assertThat(r.matches(List.of("DEU", "VICT", "F", "_T", "NAT", "_T", "_T", "2019")))
                .isTrue();
        assertThat(r.matches(List.of("FRA", "VICT", "F", "_T", "NAT", "_T", "_T", "2019")))
                .isFalse();
        assertThat(r.matches(List.of("AUT", "VICT", "F", "Y_LT18", "NAT", "_T", "_T", "2019")))
                .isFalse();
    }

    @Test
    void aMalformedKeySaysWhatAndWhere() {
        assertThatThrownBy(() -> parse("THB_STAT", "AUT.VICT"))
                .isInstanceOfSatisfying(
                        SdmxException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.getMessage())
                                    .contains("has 2 dimensions")
                                    .contains("REF_AREA.INDICATOR");
                        });
        assertThatThrownBy(() -> parse("THB_POLICY", "AUT.N<A"))
                .isInstanceOfSatisfying(
                        SdmxException.class,
                        e ->
                                assertThat(e.getMessage())
                                        .contains("position 2")
                                        .contains("POLICY_ITEM"));
    }

    @Test
    void periodsAndTheDimensionAtObservation() {
        DataRequest r =
                DataRequest.parse(
                        "THB_STAT",
                        null,
                        "all",
                        "2015-01-01",
                        "2019-Q4",
                        "AllDimensions",
                        "dataonly",
                        "2026-01-01T00:00:00 01:00");
        assertThat(r.startYear()).contains(2015);
        assertThat(r.endYear()).contains(2019);
        assertThat(r.observationDimension()).isEqualTo(DataRequest.ALL_DIMENSIONS);
        assertThat(r.detail()).isEqualTo(DataRequest.Detail.DATAONLY);
        assertThat(r.updatedAfter().orElseThrow().toString()).isEqualTo("2025-12-31T23:00:00Z");
        assertThat(
                        DataRequest.parse("THB_STAT", null, null, null, null, "SEX", null, null)
                                .observationDimension())
                .isEqualTo(2);
        assertThatThrownBy(
                        () ->
                                DataRequest.parse(
                                        "THB_STAT", null, null, "soon", null, null, null, null))
                .isInstanceOf(SdmxException.class);
    }

    @Test
    void theAcceptHeaderChoosesTheFormatInItsOwnOrder() {
        assertThat(Formats.choose(null, null)).isEqualTo(Formats.STRUCTURESPECIFICDATA);
        assertThat(
                        Formats.choose(
                                null,
                                "application/vnd.sdmx.genericdata+xml;version=2.1,"
                                        + " application/vnd.sdmx.structurespecificdata+xml;version=2.1"))
                .isEqualTo(Formats.GENERICDATA);
        assertThat(
                        Formats.choose(
                                null,
                                "text/html;q=0.9, application/vnd.sdmx.data+json;version=1.0.0"))
                .isEqualTo(Formats.JSONDATA);
        assertThat(Formats.choose("csv", "application/xml")).isEqualTo(Formats.CSV);
        assertThatThrownBy(
                        () -> Formats.choose(null, "application/vnd.sdmx.data+csv;version=2.0.0"))
                .isInstanceOfSatisfying(
                        SdmxException.class, e -> assertThat(e.status()).isEqualTo(406));
    }
}
