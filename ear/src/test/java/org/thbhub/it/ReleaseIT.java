package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * Review and release per country x year (design.md section 12), over HTTP as the rapporteur and the
 * analyst would use it. Each test works on a year of its own, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseIT {

    static Answer step(String iso3, int year, String step, User user, String json) {
        return Api.send(
                "POST",
                "/releases/" + iso3 + "/" + year + "/" + step,
                user,
                json == null ? null : "application/json",
                json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static void deliver(User rapporteur, String iso3, int year, long total) {
        Answer answer =
                Api.upload(
                        "?filename=" + iso3 + "-" + year + ".csv",
                        rapporteur,
                        "text/csv",
                        Fixtures.statCsv(
                                iso3 + ",VICT,_T,_T,_T,_T,_T," + year + "," + total,
                                iso3 + ",VICT,F,_T,_T,_T,_T," + year + "," + (total - 10),
                                iso3 + ",VICT,M,_T,_T,_T,_T," + year + ",10"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    static JsonNode release(String iso3, int year, User user) {
        return ok(Api.get("/releases/" + iso3 + "/" + year, user));
    }

    static List<String> states(JsonNode release) {
        List<String> states = new ArrayList<>();
        release.get("history").forEach(s -> states.add(s.get("state").asText()));
        return states;
    }

    @Test
    void aYearGoesFromUploadThroughEveryStepToPublished() {
        deliver(User.RAPPORTEUR_AUT, "AUT", 1982, 40);
        JsonNode received = release("AUT", 1982, User.GOVERNMENT_AUT);
        assertThat(received.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("history").get(0).get("actor").asText())
                .isEqualTo("rapporteur-aut");

        JsonNode submitted =
                ok(step("AUT", 1982, "submit", User.RAPPORTEUR_AUT, "{\"comment\":\"complete\"}"));
        assertThat(submitted.get("state").asText()).isEqualTo("SUBMITTED");

        JsonNode returned =
                ok(
                        step(
                                "AUT",
                                1982,
                                "return",
                                User.ANALYST,
                                "{\"comment\":\"VICT by sex misses OTH\"}"));
        assertThat(returned.get("state").asText()).isEqualTo("RETURNED");

        deliver(User.RAPPORTEUR_AUT, "AUT", 1982, 41);
        assertThat(release("AUT", 1982, User.RAPPORTEUR_AUT).get("state").asText())
                .isEqualTo("RECEIVED");

        ok(step("AUT", 1982, "submit", User.RAPPORTEUR_AUT, null));
        JsonNode approved = ok(step("AUT", 1982, "approve", User.ANALYST, null));
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");

        Instant releaseAt =
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode published =
                ok(
                        step(
                                "AUT",
                                1982,
                                "publish",
                                User.ANALYST,
                                "{\"releaseAt\":\"" + releaseAt + "\"}"));
        assertThat(published.get("country").asText()).isEqualTo("AUT");
        assertThat(published.get("year").asInt()).isEqualTo(1982);
        assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(published.get("releaseAt").asText())).isEqualTo(releaseAt);
        assertThat(Instant.parse(published.get("publishedReleaseAt").asText()))
                .isEqualTo(releaseAt);
        assertThat(states(published))
                .containsExactly(
                        "RECEIVED",
                        "SUBMITTED",
                        "RETURNED",
                        "RECEIVED",
                        "SUBMITTED",
                        "APPROVED",
                        "PUBLISHED");
        JsonNode history = published.get("history");
        assertThat(history.get(1).get("comment").asText()).isEqualTo("complete");
        assertThat(history.get(2).get("actor").asText()).isEqualTo("analyst");
        assertThat(history.get(2).get("comment").asText()).isEqualTo("VICT by sex misses OTH");
        history.forEach(s -> assertThat(s.get("at").asText()).endsWith("Z"));

        // the country's own users see every step
        assertThat(states(release("AUT", 1982, User.GOVERNMENT_AUT))).hasSize(7);
    }

    @Test
    void stepsOutOfOrderAnswer409AndTheWrongRolesAre403() {
        deliver(User.RAPPORTEUR_AUT, "AUT", 1983, 30);
        ProblemJsonIT.assertProblem(step("AUT", 1983, "approve", User.ANALYST, null), 409);
        ProblemJsonIT.assertProblem(
                step(
                        "AUT",
                        1983,
                        "publish",
                        User.ANALYST,
                        "{\"releaseAt\":\"2020-01-01T00:00:00Z\"}"),
                409);
        ProblemJsonIT.assertProblem(
                step("AUT", 1983, "return", User.ANALYST, "{\"comment\":\"no\"}"), 409);

        ProblemJsonIT.assertProblem(step("AUT", 1983, "submit", User.GOVERNMENT_AUT, null), 403);
        ProblemJsonIT.assertProblem(step("AUT", 1983, "submit", User.ANALYST, null), 403);
        ProblemJsonIT.assertProblem(step("AUT", 1983, "submit", User.ANONYMOUS, null), 401);

        ok(step("AUT", 1983, "submit", User.RAPPORTEUR_AUT, null));
        ProblemJsonIT.assertProblem(step("AUT", 1983, "submit", User.RAPPORTEUR_AUT, null), 409);
        ProblemJsonIT.assertProblem(step("AUT", 1983, "approve", User.RAPPORTEUR_AUT, null), 403);
        JsonNode noComment =
                ProblemJsonIT.assertProblem(step("AUT", 1983, "return", User.ANALYST, "{}"), 400);
        assertThat(noComment.toString()).contains("comment");
        ProblemJsonIT.assertProblem(
                step(
                        "AUT",
                        1983,
                        "publish",
                        User.ANALYST,
                        "{\"releaseAt\":\"2020-01-01T00:00:00Z\"}"),
                409);

        ok(step("AUT", 1983, "approve", User.ANALYST, "{\"comment\":\"fine\"}"));
        JsonNode noTime =
                ProblemJsonIT.assertProblem(step("AUT", 1983, "publish", User.ANALYST, "{}"), 400);
        assertThat(noTime.toString()).contains("releaseAt");
        ProblemJsonIT.assertProblem(
                step("AUT", 1983, "publish", User.ANALYST, "{\"releaseAt\":\"soon\"}"), 400);
        ProblemJsonIT.assertProblem(step("AUT", 1983, "publish", User.ANALYST, "not json"), 400);
        // nothing of the refused steps stuck
        assertThat(states(release("AUT", 1983, User.ANALYST)))
                .containsExactly("RECEIVED", "SUBMITTED", "APPROVED");

        ProblemJsonIT.assertProblem(step("AUT", 1979, "submit", User.RAPPORTEUR_AUT, null), 400);
        ProblemJsonIT.assertProblem(Api.get("/releases/AUT/1981", User.ANALYST), 404);
    }

    @Test
    void anotherCountrysYearsAreNeverListedAndAnswer404() {
        deliver(User.RAPPORTEUR_AUT, "AUT", 1985, 20);
        for (User outsider : List.of(User.RAPPORTEUR_DEU, User.GOVERNMENT_DEU)) {
            ProblemJsonIT.assertProblem(Api.get("/releases/AUT/1985", outsider), 404);
            JsonNode filtered = ok(Api.get("/releases?country=AUT", outsider));
            assertThat(filtered.get("total").asLong()).isZero();
            JsonNode all = ok(Api.get("/releases?size=500", outsider));
            all.get("items").forEach(r -> assertThat(r.get("country").asText()).isEqualTo("DEU"));
        }
        ProblemJsonIT.assertProblem(step("AUT", 1985, "submit", User.RAPPORTEUR_DEU, null), 404);

        JsonNode own = ok(Api.get("/releases?country=AUT&year=1985", User.RAPPORTEUR_AUT));
        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("state").asText()).isEqualTo("RECEIVED");
        JsonNode byState =
                ok(Api.get("/releases?country=AUT&year=1985&state=SUBMITTED", User.ANALYST));
        assertThat(byState.get("total").asLong()).isZero();
        ProblemJsonIT.assertProblem(Api.get("/releases?state=DONE", User.ANALYST), 400);
    }

    @Test
    void anAcceptedChangeReopensEveryStateAndThePublishedReleaseStays() {
        deliver(User.RAPPORTEUR_AUT, "AUT", 1986, 50);
        ok(step("AUT", 1986, "submit", User.RAPPORTEUR_AUT, null));
        deliver(User.RAPPORTEUR_AUT, "AUT", 1986, 51);
        assertThat(release("AUT", 1986, User.ANALYST).get("state").asText()).isEqualTo("RECEIVED");

        ok(step("AUT", 1986, "submit", User.RAPPORTEUR_AUT, null));
        ok(step("AUT", 1986, "approve", User.ANALYST, null));
        deliver(User.RAPPORTEUR_AUT, "AUT", 1986, 52);
        assertThat(release("AUT", 1986, User.ANALYST).get("state").asText()).isEqualTo("RECEIVED");

        ok(step("AUT", 1986, "submit", User.RAPPORTEUR_AUT, null));
        ok(step("AUT", 1986, "approve", User.ANALYST, null));
        String releaseAt = "2026-01-15T09:00:00Z";
        ok(step("AUT", 1986, "publish", User.ANALYST, "{\"releaseAt\":\"" + releaseAt + "\"}"));
        deliver(User.RAPPORTEUR_AUT, "AUT", 1986, 53);
        JsonNode revised = release("AUT", 1986, User.ANALYST);
        assertThat(revised.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(revised.get("releaseAt").isNull()).isTrue();
        assertThat(revised.get("publishedReleaseAt").asText()).isEqualTo(releaseAt);
        JsonNode last = revised.get("history").get(revised.get("history").size() - 1);
        assertThat(last.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(last.get("comment").asText()).startsWith("revised by submission ");

        // a file rejected, or sent again as it was, changes nothing
        Answer rejected =
                Api.upload(
                        "?filename=bad.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,1986,-5"));
        assertThat(rejected.status()).isEqualTo(422);
        ok(step("AUT", 1986, "submit", User.RAPPORTEUR_AUT, null));
        byte[] dryRun = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,1986,60");
        assertThat(Api.upload("?dryRun=true", User.RAPPORTEUR_AUT, "text/csv", dryRun).status())
                .isEqualTo(200);
        assertThat(release("AUT", 1986, User.ANALYST).get("state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void theUnodcImportBringsItsYearsIntoReview() {
        Answer answer =
                Api.upload(
                        "?filename=data_glotip.csv",
                        User.ANALYST,
                        "text/csv",
                        Fixtures.read(Fixtures.unodcCsv()));
        assertThat(answer.status()).as(answer.body()).isIn(201, 200);
        JsonNode romania = release("ROU", 2020, User.ANALYST);
        assertThat(romania.get("history").get(0).get("actor").asText()).isEqualTo("analyst");
        assertThat(ok(Api.get("/releases?country=ROU", User.ANALYST)).get("total").asLong())
                .isGreaterThan(5);
    }

    @Test
    void everyStepIsAudited() {
        deliver(User.RAPPORTEUR_AUT, "AUT", 1995, 25);
        ok(step("AUT", 1995, "submit", User.RAPPORTEUR_AUT, "{\"comment\":\"audited\"}"));
        ProblemJsonIT.assertProblem(
                step(
                        "AUT",
                        1995,
                        "publish",
                        User.ANALYST,
                        "{\"releaseAt\":\"2026-01-01T00:00:00Z\"}"),
                409);
        JsonNode audit = ok(Api.get("/audit?action=RELEASE&size=500", User.ADMIN));
        List<String> lines = new ArrayList<>();
        audit.get("items")
                .forEach(
                        e ->
                                lines.add(
                                        e.get("actor").asText()
                                                + " "
                                                + e.get("target").asText()
                                                + " "
                                                + e.get("outcome").asText()
                                                + " "
                                                + e.get("detail").asText()));
        assertThat(lines)
                .anyMatch(
                        l ->
                                l.startsWith("rapporteur-aut release AUT 1995 SUCCESS submit")
                                        && l.contains("audited"));
        assertThat(lines).anyMatch(l -> l.startsWith("analyst release AUT 1995 FAILURE publish"));
    }
}
