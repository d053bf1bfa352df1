package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * THB_AUTH=jdbc (design.md section 7a): users in the database, managed by an administrator over
 * /users, bcrypt-checked on login, locked after ten wrong passwords; every change audited. Runs in
 * the jdbc executions only (on H2 and on PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class JdbcUsersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theFirstAdministratorComesFromThbAdminPasswordAndListsTheUsers() {
        assertThat(ItUsers.jdbc()).as("a jdbc run").isTrue();
        // the test users exist once any of them has called
        assertThat(Api.get("/me", User.RAPPORTEUR_AUT).status()).isEqualTo(200);

        Answer list = Api.get("/users?size=500", User.ADMIN);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode page = list.json();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(6);
        JsonNode admin = find(page.get("items"), "admin");
        assertThat(admin.get("role").asText()).isEqualTo("admin");
        assertThat(admin.get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("createdAt").asText()).endsWith("Z");
        assertThat(admin.get("lastLoginAt").asText()).endsWith("Z");
        assertThat(admin.has("password")).isFalse();
        assertThat(list.body()).doesNotContain("$2a$").doesNotContain("passwordHash");
        JsonNode rapporteur = find(page.get("items"), "rapporteur-aut");
        assertThat(rapporteur.get("country").asText()).isEqualTo("AUT");
    }

    @Test
    void noDemoUserCanLogIn() {
        for (String demo : List.of("analyst", "rapporteur-aut", "admin")) {
            ProblemJsonIT.assertProblem(Api.withCredentials("/me", demo, demo), 401);
        }
    }

    @Test
    void anAdministratorCreatesChangesAndDisablesAUserAndEveryChangeIsAudited() {
        String name = fresh();
        String password = "first-password-" + name;
        AuditTrail created = AuditTrail.before("admin", "USER_CREATED", ("user " + name)::equals);
        AuditTrail changed = AuditTrail.before("admin", "USER_CHANGED", ("user " + name)::equals);

        Answer answer = createUser(name, "rapporteur", "\"AUT\"", password);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("name").asText()).isEqualTo(name);
        assertThat(answer.json().get("role").asText()).isEqualTo("rapporteur");
        assertThat(answer.json().get("country").asText()).isEqualTo("AUT");
        assertThat(answer.json().get("enabled").asBoolean()).isTrue();
        assertThat(answer.json().has("lastLoginAt")).as("never logged in").isFalse();
        assertThat(created.theNewEvent().get("detail").asText()).contains("rapporteur", "AUT");
        Answer me = Api.withCredentials("/me", name, password);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("country").asText()).isEqualTo("AUT");
        ProblemJsonIT.assertProblem(createUser(name, "analyst", "null", password), 409);

        Answer patched = patch(name, "{\"role\": \"government\", \"country\": \"DEU\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(changed.theNewEvent().get("detail").asText()).contains("government", "DEU");
        // the cached credential is forgotten with the change: the next call sees it at once
        Answer after = Api.withCredentials("/me", name, password);
        assertThat(after.json().get("roles").toString()).isEqualTo("[\"government\"]");
        assertThat(after.json().get("country").asText()).isEqualTo("DEU");

        assertThat(patch(name, "{\"enabled\": false}").status()).isEqualTo(200);
        ProblemJsonIT.assertProblem(Api.withCredentials("/me", name, password), 401);
        assertThat(patch(name, "{\"enabled\": true}").json().get("enabled").asBoolean()).isTrue();
        assertThat(Api.withCredentials("/me", name, password).status()).isEqualTo(200);
    }

    @Test
    void aWeakPasswordOrAMissingCountryIs422NamingTheField() {
        JsonNode weak =
                ProblemJsonIT.assertProblem(
                        createUser(fresh(), "analyst", "null", "short-pw"), 422);
        assertThat(weak.get("errors").toString()).contains("password").contains("12");

        JsonNode noCountry =
                ProblemJsonIT.assertProblem(
                        createUser(fresh(), "rapporteur", "null", "long-enough-password"), 422);
        assertThat(noCountry.get("errors").toString()).contains("country");
        JsonNode unknownCountry =
                ProblemJsonIT.assertProblem(
                        createUser(fresh(), "government", "\"XXX\"", "long-enough-password"), 422);
        assertThat(unknownCountry.get("errors").toString()).contains("country");
        JsonNode badRole =
                ProblemJsonIT.assertProblem(
                        createUser(fresh(), "superuser", "null", "long-enough-password"), 422);
        assertThat(badRole.get("errors").toString()).contains("role");
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheOldOneAndAnAdministratorWithout() {
        String name = fresh();
        String first = "first-password-" + name;
        String second = "second-password-" + name;
        String third = "third-password-" + name;
        assertThat(createUser(name, "analyst", "null", first).status()).isEqualTo(201);
        assertThat(Api.withCredentials("/me", name, first).status()).isEqualTo(200);
        AuditTrail audit = AuditTrail.before(name, "PASSWORD_CHANGED", ("user " + name)::equals);

        ProblemJsonIT.assertProblem(
                password(
                        name,
                        first,
                        name,
                        "{\"oldPassword\": \"wrong-old-password\", \"newPassword\": \""
                                + second
                                + "\"}"),
                422);
        assertThat(audit.theNewEvent().get("outcome").asText()).isEqualTo("FAILURE");
        AuditTrail success = AuditTrail.before(name, "PASSWORD_CHANGED", ("user " + name)::equals);
        Answer own =
                password(
                        name,
                        first,
                        name,
                        "{\"oldPassword\": \""
                                + first
                                + "\", \"newPassword\": \""
                                + second
                                + "\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(204);
        assertThat(success.theNewEvent().get("outcome").asText()).isEqualTo("SUCCESS");
        ProblemJsonIT.assertProblem(Api.withCredentials("/me", name, first), 401);
        assertThat(Api.withCredentials("/me", name, second).status()).isEqualTo(200);

        // another user may not, whatever they send
        ProblemJsonIT.assertProblem(
                password(
                        "analyst",
                        ItUsers.password(User.ANALYST),
                        name,
                        "{\"newPassword\": \"" + third + "\"}"),
                403);
        Answer byAdmin =
                password(
                        "admin",
                        ItUsers.password(User.ADMIN),
                        name,
                        "{\"newPassword\": \"" + third + "\"}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(204);
        assertThat(Api.withCredentials("/me", name, third).status()).isEqualTo(200);
    }

    @Test
    void tenWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefusedLikeAWrongOne() {
        String name = fresh();
        String password = "the-right-password-" + name;
        assertThat(createUser(name, "analyst", "null", password).status()).isEqualTo(201);
        assertThat(Api.withCredentials("/me", name, password).status()).isEqualTo(200);
        AuditTrail locked = AuditTrail.before(name, "ACCOUNT_LOCKED", ("user " + name)::equals);

        for (int i = 0; i < 10; i++) {
            ProblemJsonIT.assertProblem(Api.withCredentials("/me", name, "wrong-" + i), 401);
        }

        Answer right = Api.withCredentials("/me", name, password);
        ProblemJsonIT.assertProblem(right, 401);
        assertThat(right.json().get("detail").asText())
                .isEqualTo(
                        Api.withCredentials("/me", fresh(), "whatever")
                                .json()
                                .get("detail")
                                .asText());
        assertThat(locked.theNewEvent().get("detail").asText()).contains("15 minutes");
    }

    @Test
    void theLastEnabledAdministratorStays() {
        ProblemJsonIT.assertProblem(patch("admin", "{\"enabled\": false}"), 409);
        ProblemJsonIT.assertProblem(patch("admin", "{\"role\": \"analyst\"}"), 409);
        assertThat(Api.get("/audit?size=1", User.ADMIN).status()).isEqualTo(200);
    }

    private static String fresh() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static JsonNode find(JsonNode items, String name) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
            names.add(item.get("name").asText());
        }
        throw new AssertionError("no user " + name + " in " + names);
    }

    static Answer createUser(String name, String role, String countryJson, String password) {
        String body =
                "{\"name\": \"%s\", \"role\": \"%s\", \"country\": %s, \"password\": \"%s\"}"
                        .formatted(name, role, countryJson, password);
        return Api.send(
                "POST",
                "/users",
                User.ADMIN,
                "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer patch(String name, String json) {
        return Api.send(
                "PATCH",
                "/users/" + name,
                User.ADMIN,
                "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer password(String caller, String callerPassword, String name, String json) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(Api.BASE + "/users/" + name + "/password"))
                                    .header("Authorization", ItUsers.basic(caller, callerPassword))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
