package org.thbhub.web.observation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thbhub.observation.ObservationView;
import org.thbhub.web.PageDto;

class ObservationPageWriterTest {

    private static final ObservationView FULL =
            new ObservationView(
                    "AUT",
                    "VICT",
                    "F",
                    "Y0T17",
                    "_T",
                    "SEX_EXP",
                    "_T",
                    2019,
                    12L,
                    "A",
                    "F",
                    "a \"quoted\" comment, \u00fcn\u00efcode and a\nnew line\t\u0001 </script> \\",
                    "23504cd4-fdb3-49b6-88ef-7bf7eb682c0e",
                    Instant.parse("2026-12-01T22:08:37.888792Z"));
    private static final ObservationView SUPPRESSED =
            new ObservationView(
                    "AUT",
                    "CONV",
                    "_T",
                    "_T",
                    "_T",
                    "LAB_EXP",
                    "_T",
                    2007,
                    null,
                    "A",
                    "C",
                    null,
                    "23504cd4-fdb3-49b6-88ef-7bf7eb682c0e",
                    Instant.parse("2026-01-01T00:00:00Z"));
    private static final ObservationView BIG =
            new ObservationView(
                    "DEU",
                    "PROS",
                    "M",
                    "Y_GE18",
                    "NAT",
                    "FOR_LAB",
                    "TP",
                    2023,
                    Long.MAX_VALUE,
                    "E",
                    "F",
                    "",
                    "6f0b6c4e-0000-4000-8000-000000000001",
                    Instant.parse("2026-12-01T22:08:37Z"));

    /** What RESTEasy's JSON-B provider wrote for the same page: the contract. */
    @Test
    void writesWhatJsonbWrites() throws Exception {
        for (PageDto<ObservationView> page :
                List.of(
                        new PageDto<>(List.of(FULL, SUPPRESSED, BIG), 2, 3, 641),
                        new PageDto<ObservationView>(List.of(), 0, 100, 0))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ObservationPageWriter.write(page, out);
            try (Jsonb jsonb = JsonbBuilder.create()) {
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(jsonb.toJson(page));
            }
        }
    }

    @Test
    void writesOnlyPagesOfObservationsAsJson() throws Exception {
        ObservationPageWriter writer = new ObservationPageWriter();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        // GET /observations answers the bytes of ObservationPages, written by this writer
        Type observations =
                ObservationPageWriterTest.class
                        .getDeclaredMethod("observationPage")
                        .getGenericReturnType();
        assertThat(writer.isWriteable(PageDto.class, observations, null, json)).isTrue();
        Type policy =
                ObservationResource.class
                        .getMethod(
                                "policy",
                                List.class,
                                List.class,
                                String.class,
                                String.class,
                                String.class,
                                Integer.class,
                                Integer.class)
                        .getGenericReturnType();
        assertThat(writer.isWriteable(PageDto.class, policy, null, json)).isFalse();
        assertThat(writer.isWriteable(PageDto.class, PageDto.class, null, json)).isFalse();
        assertThat(
                        writer.isWriteable(
                                PageDto.class, observations, null, new MediaType("text", "csv")))
                .isFalse();
    }

    /** The type of a page of observations, for isWriteable. */
    private static PageDto<ObservationView> observationPage() {
        return null;
    }
}
