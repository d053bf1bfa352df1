package org.thbhub.bench.noop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

        /**
         * A constant body as large as the benchmarked page of observations (27 KB of JSON): what
         * the server, the kernel and wrk spend on the bytes alone, with nothing computed. Sent with
         * its length, as THB Hub sends a page (without it, Undertow chunks a body larger than its
         * 16 KB buffer, which costs the server and the client more).
         */
        @GET
        @Path("bytes")
        @Produces(MediaType.APPLICATION_JSON)
        public Response bytes() {
            return Response.ok(BODY).header(HttpHeaders.CONTENT_LENGTH, BODY.length).build();
        }

        private static final byte[] BODY = body(27_000);

        private static byte[] body(int size) {
            byte[] b = new byte[size];
            java.util.Arrays.fill(b, (byte) ' ');
            b[0] = '"';
            b[size - 1] = '"';
            return b;
        }
    }
}
