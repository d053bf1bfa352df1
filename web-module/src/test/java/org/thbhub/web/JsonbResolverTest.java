package org.thbhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thbhub.web.security.MeResource.MeDto;

class JsonbResolverTest {

    public record Item(String country, Integer value, Instant at, List<String> codes) {}

    @Test
    void everyTypeGetsTheSameInstance() throws Exception {
        JsonbResolver resolver = new JsonbResolver();
        try {
            assertThat(resolver.getContext(PageDto.class))
                    .isSameAs(resolver.getContext(MeDto.class))
                    .isSameAs(resolver.getContext(Object.class));
        } finally {
            resolver.close();
        }
    }

    /** The API's JSON is what RESTEasy's own per-request default Jsonb wrote before. */
    @Test
    void writesWhatTheDefaultJsonbWrote() throws Exception {
        var page =
                new PageDto<>(
                        List.of(
                                new Item(
                                        "AUT",
                                        12,
                                        Instant.parse("2024-05-01T10:15:30Z"),
                                        List.of()),
                                new Item("DEU", null, null, List.of("A", "F"))),
                        0,
                        50,
                        2);
        var me = new MeDto("government-aut", List.of("government"), "AUT");
        JsonbResolver resolver = new JsonbResolver();
        try (Jsonb reference = JsonbBuilder.create()) {
            Jsonb shared = resolver.getContext(PageDto.class);
            assertThat(shared.toJson(page)).isEqualTo(reference.toJson(page));
            assertThat(shared.toJson(me)).isEqualTo(reference.toJson(me));
            assertThat(shared.toJson(page))
                    .isEqualTo(
                            "{\"items\":[{\"at\":\"2024-05-01T10:15:30Z\",\"codes\":[],"
                                    + "\"country\":\"AUT\",\"value\":12},"
                                    + "{\"codes\":[\"A\",\"F\"],\"country\":\"DEU\"}],"
                                    + "\"page\":0,\"size\":50,\"total\":2}");
        } finally {
            resolver.close();
        }
    }
}
