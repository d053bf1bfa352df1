package org.thbhub.bench.noop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The server's own floor for the API benchmark (api-bench.sh): a JAX-RS endpoint that does nothing
 * of THB Hub's, deployed as a separate WAR beside the EAR. Never part of the product.
 */
@ApplicationPath("/")
public class NoopApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Noop.class);
    }

    @Path("noop")
    public static class Noop {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "ok";
        }
    }
}
