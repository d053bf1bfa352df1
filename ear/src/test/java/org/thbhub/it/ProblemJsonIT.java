package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/** Every request that cannot be served answers an RFC 9457 problem, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
class ProblemJsonIT {

    @Test
    void unknownPathIs404() {
        assertProblem(Api.get("/no-such-thing", User.ANALYST), 404);
    }

    @Test
    void unknownSubmissionIs404ForEveryone() {
        String path = "/submissions/" + UUID.randomUUID();
        assertProblem(Api.get(path, User.ANALYST), 404);
        assertProblem(Api.get(path, User.RAPPORTEUR_AUT), 404);
        assertProblem(Api.get("/submissions/not-a-uuid", User.ANALYST), 404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Answer answer = Api.send("DELETE", "/reference/countries", User.ANALYST, null, new byte[0]);
        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).isPresent();
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Answer answer =
                Api.send(
                        "PUT",
                        "/me",
                        User.ANALYST,
                        "image/gif",
                        "GIF89a".getBytes(StandardCharsets.US_ASCII));
        // /me answers GET only: a body of any type to another method is refused before reading it
        assertThat(answer.status()).isIn(405, 415);
        assertProblem(answer, answer.status());
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        JsonNode size = assertProblem(Api.get("/submissions?size=501", User.ANALYST), 400);
        assertThat(size.get("errors").get(0).get("parameter").asText()).isEqualTo("size");

        JsonNode status = assertProblem(Api.get("/submissions?status=MAYBE", User.ANALYST), 400);
        assertThat(status.get("errors").get(0).get("parameter").asText()).isEqualTo("status");

        JsonNode country = assertProblem(Api.get("/submissions?country=A1", User.ANALYST), 400);
        assertThat(country.get("errors").get(0).get("parameter").asText()).isEqualTo("country");

        JsonNode from = assertProblem(Api.get("/audit?from=yesterday", User.ADMIN), 400);
        assertThat(from.get("errors").get(0).get("parameter").asText()).isEqualTo("from");

        JsonNode page =
                assertProblem(Api.get("/submissions?page=2147483647&size=500", User.ANALYST), 400);
        assertThat(page.get("errors").get(0).get("parameter").asText()).isEqualTo("page");
    }

    @Test
    void badObservationParametersAre400NamingTheParameter() {
        // read by the resource itself, not by JAX-RS: a number that is none is still a 400
        for (String name : new String[] {"size", "page"}) {
            JsonNode problem =
                    assertProblem(
                            Api.get("/observations?country=AUT&" + name + "=ten", User.ANALYST),
                            400);
            assertThat(problem.get("errors").get(0).get("parameter").asText()).isEqualTo(name);
            assertThat(problem.get("detail").asText()).contains("ten");
        }
        JsonNode from = assertProblem(Api.get("/observations?from=soon", User.ANALYST), 400);
        assertThat(from.get("errors").get(0).get("parameter").asText()).isEqualTo("from");
        JsonNode country =
                assertProblem(Api.get("/observations?country=AUT&country=A1", User.ANALYST), 400);
        assertThat(country.get("errors").get(0).get("parameter").asText()).isEqualTo("country");
        // the largest and the strangest: past an int, percent-encoded UTF-8, a long value
        JsonNode huge =
                assertProblem(
                        Api.get("/observations?size=99999999999999999999", User.ANALYST), 400);
        assertThat(huge.get("errors").get(0).get("parameter").asText()).isEqualTo("size");
        assertThat(huge.get("detail").asText()).contains("out of range");
        JsonNode umlaut =
                assertProblem(Api.get("/observations?country=%C3%84UT", User.ANALYST), 400);
        assertThat(umlaut.get("detail").asText()).contains("ÄUT");
        JsonNode longValue =
                assertProblem(
                        Api.get(
                                "/observations?indicator=VICT&country=" + "A".repeat(4000),
                                User.ANALYST),
                        400);
        assertThat(longValue.get("errors").get(0).get("parameter").asText()).isEqualTo("country");

        JsonNode page =
                Api.get("/observations?country=%20AUT%20&page=0&size=3", User.ANALYST).json();
        assertThat(page.get("size").asInt()).isEqualTo(3);
    }

    @Test
    void listsFollowTheListConventions() {
        JsonNode page = Api.get("/submissions?page=0&size=7", User.ANALYST).json();

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(7);
        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.get("total").isIntegralNumber()).isTrue();
    }

    @Test
    void openApiDescribesTheApi() {
        Answer answer = Api.getAbsolute(Api.BASE.replace("/thb-hub/api/v1", "/openapi"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("THB Hub API")
                .contains("/thb-hub/api/v1/reference/countries")
                .contains("/thb-hub/api/v1/submissions");
    }

    @Test
    void readinessIsUp() {
        Answer answer = Api.getAbsolute(Api.MANAGEMENT + "/health/ready");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("UP");
        assertThat(answer.body()).contains("thb-hub.ear").contains("thb-hub-database");
    }

    static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }
}
