package org.thbhub.web.observation;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.thbhub.observation.ObservationView;
import org.thbhub.web.PageDto;

/**
 * A page of observations written straight to the response with a JSON-P generator (issue 15).
 * JSON-B (Yasson) walks the object graph and puts every object it writes into a hash set to detect
 * cycles, which hashes the page, its list and each of its 100 values again and again: that, and the
 * reflection behind it, was half of the CPU of {@code GET /observations} in the issue 15 profile.
 * The output is byte for byte what JSON-B's default configuration writes for {@code
 * PageDto<ObservationView>} (properties in lexicographical order, nulls written as ObservationView
 * is {@code @JsonbNillable}, instants in ISO-8601 UTC): the API is a contract (design.md section 6)
 * and {@code ObservationPageWriterTest} compares the two. Only that exact type is written here;
 * every other body stays with JSON-B.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ObservationPageWriter implements MessageBodyWriter<PageDto<ObservationView>> {

    private static final JsonGeneratorFactory GENERATORS =
            JsonProvider.provider().createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PageDto.class
                && genericType instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == ObservationView.class
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(
            PageDto<ObservationView> page,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entity)
            throws IOException {
        write(page, entity);
    }

    /** The page as JSON, in UTF-8; {@code out} is flushed, not closed. */
    static void write(PageDto<ObservationView> page, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(unclosable(out))) {
            json.writeStartObject();
            json.writeStartArray("items");
            for (ObservationView v : page.items()) {
                json.writeStartObject();
                text(json, "age", v.age());
                text(json, "citizen", v.citizen());
                text(json, "comment", v.comment());
                text(json, "confStatus", v.confStatus());
                text(json, "country", v.country());
                text(json, "expl", v.expl());
                text(json, "indicator", v.indicator());
                text(json, "obsStatus", v.obsStatus());
                text(json, "recruit", v.recruit());
                text(json, "sex", v.sex());
                text(json, "submission", v.submission());
                text(
                        json,
                        "validFrom",
                        v.validFrom() == null
                                ? null
                                : DateTimeFormatter.ISO_INSTANT.format(v.validFrom()));
                if (v.value() == null) {
                    json.writeNull("value");
                } else {
                    json.write("value", v.value().longValue());
                }
                json.write("year", v.year());
                json.writeEnd();
            }
            json.writeEnd();
            json.write("page", page.page());
            json.write("size", page.size());
            json.write("total", page.total());
            json.writeEnd();
        }
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The container owns the response stream: closing the generator only flushes it. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
