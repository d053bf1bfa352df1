package org.thbhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Keycloak of the oidc run: Keycloak's own server distribution (unpacked by the build), started
 * in dev mode on a port the build reserved, on the Java 21+ it needs, with the realm of
 * docs/keycloak imported at start. Once up, the harness adds the test users (the demo users'
 * equivalents) through the admin REST API and takes tokens the way a script would: the password
 * grant of the confidential client {@code thb-hub-scripts}.
 */
public final class ItKeycloak {

    static final String REALM = "thb";
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Process process;
    private static volatile boolean ready;
    private static String scriptsSecret;
    private static final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {}

    private ItKeycloak() {}

    static int port() {
        return Integer.getInteger("thb.it.keycloak.port");
    }

    public static String url() {
        return "http://localhost:" + port();
    }

    public static String issuer() {
        return url() + "/realms/" + REALM;
    }

    /**
     * Starts the server (without waiting: WildFly starts meanwhile); true when this run has one.
     */
    static synchronized boolean startIfConfigured() {
        String home = System.getProperty("thb.it.keycloak.home");
        if (home == null) {
            return false;
        }
        Path kc = Path.of(home);
        try {
            deleteTree(kc.resolve("data"));
            Files.createDirectories(kc.resolve("data/import"));
            Files.copy(
                    Path.of(System.getProperty("thb.it.keycloak.realm")),
                    kc.resolve("data/import/thb-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            var builder =
                    new ProcessBuilder(
                                    kc.resolve("bin/kc.sh").toString(),
                                    "start-dev",
                                    "--http-port=" + port(),
                                    "--http-management-port="
                                            + System.getProperty("thb.it.keycloak.management.port"),
                                    "--import-realm")
                            .redirectErrorStream(true)
                            .redirectOutput(kc.resolveSibling("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("thb.it.keycloak.java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            // Keycloak's thread pool resets thread locals, which Java 24 and later allow only so
            builder.environment()
                    .put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
        return true;
    }

    static synchronized void stopIfRunning() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Waits for the realm, then adds the test users and test clients (once). */
    public static synchronized void awaitReady() {
        if (ready) {
            return;
        }
        if (process == null) {
            throw new IllegalStateException("this run has no Keycloak (THB_AUTH=oidc only)");
        }
        Await.until(
                "Keycloak's realm " + REALM + " to answer",
                Duration.ofSeconds(240),
                () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "Keycloak stopped; see target/keycloak.log");
                    }
                    return status(get(issuer() + "/.well-known/openid-configuration", null)) == 200;
                });
        String admin = adminToken();
        for (Api.User user : Api.User.values()) {
            if (user != Api.User.ANONYMOUS) {
                String name = user.userName();
                String role = name.split("-")[0];
                Optional<String> country =
                        name.contains("-")
                                ? Optional.of(name.split("-")[1].toUpperCase(java.util.Locale.ROOT))
                                : Optional.empty();
                createUser(admin, name, role, country);
            }
        }
        pagesReturnToThisRun(admin);
        String scripts = clientId(admin, "thb-hub-scripts");
        scriptsSecret =
                json(send(admin, "POST", "/clients/" + scripts + "/client-secret", null))
                        .get("value")
                        .asText();
        ready = true;
    }

    /**
     * The realm file registers the run command's address (port 8080) as the pages' redirect; the
     * test WildFly listens at its port offset, so that address is added, as an operator adds a
     * deployment's own. The client's web origins ("+") follow the redirects, so the pages' token
     * request from that origin passes CORS as well.
     */
    private static void pagesReturnToThisRun(String admin) {
        String id = clientId(admin, "thb-hub");
        var client =
                (com.fasterxml.jackson.databind.node.ObjectNode)
                        json(send(admin, "GET", "/clients/" + id, null));
        var redirects = (com.fasterxml.jackson.databind.node.ArrayNode) client.get("redirectUris");
        String mine = Api.ROOT + "/thb-hub/sign-in";
        for (JsonNode r : redirects) {
            if (r.asText().equals(mine)) {
                return;
            }
        }
        redirects.add(mine);
        HttpResponse<String> updated = send(admin, "PUT", "/clients/" + id, client);
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("redirect " + mine + ": " + updated.body());
        }
    }

    /** A user of the realm with one realm role and, when given, the country attribute. */
    public static void createUser(
            String admin, String name, String role, Optional<String> country) {
        var user = new LinkedHashMap<String, Object>();
        user.put("username", name);
        user.put("enabled", true);
        user.put("email", name + "@thb-hub.test");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", name);
        country.ifPresent(c -> user.put("attributes", Map.of("country", List.of(c))));
        user.put(
                "credentials",
                List.of(Map.of("type", "password", "value", password(name), "temporary", false)));
        HttpResponse<String> created = send(admin, "POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user " + name + ": " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode roleRep = json(send(admin, "GET", "/roles/" + role, null));
        HttpResponse<String> mapped =
                send(admin, "POST", "/users/" + id + "/role-mappings/realm", List.of(roleRep));
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("role " + role + " for " + name + ": " + mapped.body());
        }
    }

    /** Test-only passwords of the realm's test users. */
    public static String password(String user) {
        return user + "-kc-passw0rd";
    }

    /** An access token for a test user, as a script gets it; reused until shortly before expiry. */
    public static String token(String user) {
        Token cached = tokens.get(user);
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
            return cached.value();
        }
        awaitReady();
        JsonNode answer =
                passwordGrant("thb-hub-scripts", Optional.of(scriptsSecret), user, password(user));
        Token token =
                new Token(
                        answer.get("access_token").asText(),
                        Instant.now().plusSeconds(answer.get("expires_in").asLong()));
        tokens.put(user, token);
        return token.value();
    }

    /** The token endpoint's answer to a password grant (an error answer throws). */
    public static JsonNode passwordGrant(
            String client, Optional<String> secret, String user, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        secret.ifPresent(s -> form.put("client_secret", s));
        form.put("username", user);
        form.put("password", password);
        form.put("scope", "openid");
        HttpResponse<String> answer = postForm(issuer() + "/protocol/openid-connect/token", form);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "token for " + user + " via " + client + ": " + answer.body());
        }
        return json(answer);
    }

    /** A token of the realm's administrator (master realm), for the admin REST API. */
    public static String adminToken() {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", ADMIN);
        form.put("password", ADMIN_PASSWORD);
        HttpResponse<String> answer =
                postForm(url() + "/realms/master/protocol/openid-connect/token", form);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("admin token: " + answer.body());
        }
        return json(answer).get("access_token").asText();
    }

    /** The internal id of a client of the realm. */
    public static String clientId(String admin, String clientId) {
        return json(send(admin, "GET", "/clients?clientId=" + clientId, null))
                .get(0)
                .get("id")
                .asText();
    }

    /** A call of the realm's admin REST API (path under /admin/realms/thb). */
    public static HttpResponse<String> send(String admin, String method, String path, Object body) {
        try {
            var builder =
                    HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + admin);
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> postForm(String url, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String url, String bearer) {
        try {
            var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            return HTTP.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? -1 : response.statusCode();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
