package org.thbhub.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without a resolver RESTEasy builds a new {@code Jsonb} for
 * every request and response body ({@code JsonbBuilder.create}: a ServiceLoader scan of the module
 * class loader and fresh Yasson caches each time), which cost more than most requests' own work.
 * The configuration is JSON-B's default, exactly what RESTEasy used, so the output is unchanged. A
 * {@code Jsonb} is thread-safe.
 */
@Provider
@ApplicationScoped
public class JsonbResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
