package org.thbhub.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.thbhub.it.Api.User;

/**
 * How the test users prove who they are in this run's THB_AUTH (set by the failsafe execution, as
 * production sets it): demo (password = user name), jdbc (the six users created through /users by
 * the first administrator, once, before the first call) or oidc (bearer tokens of the Keycloak that
 * ItKeycloak started, obtained as a script would).
 */
public final class ItUsers {

    private static final String MODE =
            System.getenv().getOrDefault("THB_AUTH", "demo").toLowerCase(Locale.ROOT);

    private static volatile boolean provisioned;

    private ItUsers() {}

    public static String mode() {
        return MODE;
    }

    public static boolean jdbc() {
        return "jdbc".equals(MODE);
    }

    public static boolean oidc() {
        return "oidc".equals(MODE);
    }

    /** The password of a test user in this run (demo and jdbc). */
    public static String password(User user) {
        if (!jdbc()) {
            return user.userName();
        }
        provision();
        return jdbcPassword(user);
    }

    /** The Authorization header of a test user. */
    public static String authorization(User user) {
        if (oidc()) {
            return "Bearer " + ItKeycloak.token(user.userName());
        }
        return basic(user.userName(), password(user));
    }

    /** What a 401 challenges for in this run. */
    public static String challenge() {
        return oidc() ? "Bearer realm=\"THB Hub\"" : "Basic realm=\"THB Hub\"";
    }

    public static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The first administrator's password comes from THB_ADMIN_PASSWORD, as in production. */
    static String jdbcPassword(User user) {
        return user == User.ADMIN
                ? System.getenv("THB_ADMIN_PASSWORD")
                : user.userName() + "-it-passw0rd";
    }

    /** The demo users' equivalents, created by the administrator as a ministry's would be. */
    private static synchronized void provision() {
        if (provisioned) {
            return;
        }
        for (User user : User.values()) {
            if (user == User.ANONYMOUS || user == User.ADMIN) {
                continue;
            }
            String role = user.userName().split("-")[0];
            String country =
                    user.userName().contains("-")
                            ? "\"" + user.userName().split("-")[1].toUpperCase(Locale.ROOT) + "\""
                            : "null";
            String body =
                    "{\"name\": \"%s\", \"role\": \"%s\", \"country\": %s, \"password\": \"%s\"}"
                            .formatted(user.userName(), role, country, jdbcPassword(user));
            int status = post("/users", body);
            if (status != 201 && status != 409) {
                throw new IllegalStateException(
                        "could not create the test user " + user.userName() + ": " + status);
            }
        }
        provisioned = true;
    }

    private static int post(String path, String json) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                                    .header(
                                            "Authorization",
                                            basic("admin", jdbcPassword(User.ADMIN)))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
