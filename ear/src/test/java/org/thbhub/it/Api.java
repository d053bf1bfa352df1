package org.thbhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A black-box client of the running THB Hub, as a user's script would call it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int OFFSET = Integer.getInteger("thb.it.port.offset", 0);

    /** The server's root: paths from /openapi (which start with /thb-hub) go after it. */
    public static final String ROOT = "http://localhost:" + (8080 + OFFSET);

    public static final String BASE = ROOT + "/thb-hub/api/v1";
    public static final String MANAGEMENT = "http://localhost:" + (9990 + OFFSET);

    private Api() {}

    /**
     * The six users of design.md section 7: the demo users, or under jdbc and oidc their
     * equivalents (ItUsers).
     */
    public enum User {
        ANONYMOUS(null),
        ANALYST("analyst"),
        ADMIN("admin"),
        RAPPORTEUR_AUT("rapporteur-aut"),
        GOVERNMENT_AUT("government-aut"),
        RAPPORTEUR_DEU("rapporteur-deu"),
        GOVERNMENT_DEU("government-deu");

        final String name;

        User(String name) {
            this.name = name;
        }

        public String userName() {
            return name;
        }
    }

    public record Answer(int status, HttpResponse<byte[]> response) {

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public static Answer get(String path, User user) {
        return send(request(BASE + path, user).GET().build());
    }

    public static Answer getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    public static Answer send(
            String method, String path, User user, String contentType, byte[] body) {
        var builder = request(BASE + path, user);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any request to any URL of the server (API, SDMX API, pages), as a user would send it. */
    public static Answer exchange(
            String method, String url, User user, String accept, String contentType, byte[] body) {
        var builder = request(url, user);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        var publisher =
                method.equals("GET")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(builder.method(method, publisher).build());
    }

    public static Answer upload(String query, User user, String contentType, byte[] body) {
        return send("POST", "/submissions" + query, user, contentType, body);
    }

    public static Answer getAccept(String path, User user, String accept) {
        return getWithHeader(path, user, "Accept", accept);
    }

    public static Answer getWithHeader(String path, User user, String header, String value) {
        return send(request(BASE + path, user).header(header, value).GET().build());
    }

    public static Answer withCredentials(String path, String user, String password) {
        return send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Authorization", basic(user, password))
                        .GET()
                        .build());
    }

    private static HttpRequest.Builder request(String url, User user) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (user != User.ANONYMOUS) {
            builder.header("Authorization", ItUsers.authorization(user));
        }
        return builder;
    }

    private static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Answer send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
