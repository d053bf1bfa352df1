package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The realm's callers and the audit of what they did. Who may call what is the access matrix
 * (AccessMatrixIT); each audit test here finds the one event its own call caused.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Test
    void theCallerCarriesRolesAndCountryFromTheRealm() {
        var rapporteur = Api.get("/me", User.RAPPORTEUR_AUT).json();
        var government = Api.get("/me", User.GOVERNMENT_DEU).json();
        var analyst = Api.get("/me", User.ANALYST).json();

        assertThat(rapporteur.get("name").asText()).isEqualTo("rapporteur-aut");
        assertThat(rapporteur.get("roles").toString()).isEqualTo("[\"rapporteur\"]");
        assertThat(rapporteur.get("country").asText()).isEqualTo("AUT");
        assertThat(government.get("roles").toString()).isEqualTo("[\"government\"]");
        assertThat(government.get("country").asText()).isEqualTo("DEU");
        assertThat(analyst.has("country")).isFalse();
    }

    @Test
    void aWrongPasswordIsA401ProblemAndAFailedLoginInTheAuditLog() {
        String user = "rapporteur-aut";
        String path = "/submissions/" + UUID.randomUUID();
        AuditTrail trail = AuditTrail.before(user, "LOGIN_FAILED", AuditTrail.request("GET", path));

        Answer answer = Api.withCredentials(path, user, "not-" + UUID.randomUUID());

        ProblemJsonIT.assertProblem(answer, 401);
        JsonNode event = trail.theNewEvent();
        assertThat(event.get("outcome").asText()).isEqualTo("FAILURE");
        assertThat(event.get("target").asText()).isEqualTo("GET /thb-hub/api/v1" + path);
    }

    @Test
    void aDeniedAccessIsAudited() {
        // a government reader may not fetch templates: refused before the path is looked at
        String path = "/templates/" + UUID.randomUUID() + ".xlsx";
        AuditTrail trail =
                AuditTrail.before(
                        "government-deu", "ACCESS_DENIED", AuditTrail.request("GET", path));

        ProblemJsonIT.assertProblem(Api.get(path, User.GOVERNMENT_DEU), 403);

        JsonNode event = trail.theNewEvent();
        assertThat(event.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(event.get("target").asText()).isEqualTo("GET /thb-hub/api/v1" + path);
        assertThat(event.get("detail").asText()).contains("rapporteur").contains("analyst");
    }

    @Test
    void anUploadIsAuditedWithItsSubmissionId() {
        AuditTrail trail =
                AuditTrail.before("rapporteur-aut", "SUBMISSION", t -> t.startsWith("submission "));

        Answer answer =
                Api.upload(
                        "?filename=audited.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv("AUT,SUSP,_T,_T,_T,_T,_T,1992,2"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asText();
        JsonNode event = trail.theNewEvent();
        assertThat(event.get("target").asText()).startsWith("submission " + id + " (audited.csv");
        assertThat(event.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(event.get("detail").asText()).contains("REST").contains("ACCEPTED");
    }

    @Test
    void auditEventsComeNewestFirst() {
        String first = "/templates/" + UUID.randomUUID() + ".xlsx";
        String second = "/templates/" + UUID.randomUUID() + ".xlsx";
        AuditTrail firstTrail =
                AuditTrail.before(
                        "government-aut", "ACCESS_DENIED", AuditTrail.request("GET", first));
        AuditTrail secondTrail =
                AuditTrail.before(
                        "government-aut", "ACCESS_DENIED", AuditTrail.request("GET", second));

        Api.get(first, User.GOVERNMENT_AUT);
        String firstId = firstTrail.theNewEvent().get("id").asText();
        Api.get(second, User.GOVERNMENT_AUT);
        String secondId = secondTrail.theNewEvent().get("id").asText();

        JsonNode items =
                Api.get("/audit?size=500&action=ACCESS_DENIED&actor=government-aut", User.ADMIN)
                        .json()
                        .get("items");
        List<String> ids =
                ReferenceDataIT.list(items).stream().map(e -> e.get("id").asText()).toList();
        assertThat(ids).contains(firstId, secondId);
        assertThat(ids.indexOf(secondId))
                .as("the later event first")
                .isLessThan(ids.indexOf(firstId));
        for (int i = 1; i < items.size(); i++) {
            assertThat(Instant.parse(items.get(i - 1).get("occurredAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(items.get(i).get("occurredAt").asText()));
        }
    }

    @Test
    void moreThanTenFailedLoginsForOneNameWithinFiveMinutesAnswer429WithRetryAfter() {
        String user = "throttle-probe-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i <= 10; i++) {
            ProblemJsonIT.assertProblem(Api.withCredentials("/me", user, "guess-" + i), 401);
        }
        AuditTrail trail =
                AuditTrail.before(user, "LOGIN_THROTTLED", AuditTrail.request("GET", "/me"));

        Answer throttled = Api.withCredentials("/me", user, "guess-11");

        ProblemJsonIT.assertProblem(throttled, 429);
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 300L);
        assertThat(trail.theNewEvent().get("outcome").asText()).isEqualTo("DENIED");
        // another name from the same address is still let through to be checked
        ProblemJsonIT.assertProblem(Api.withCredentials("/me", user + "-other", "guess"), 401);
    }

    @Test
    void readinessNamesTheSignInModeAndUnderDemoSaysDemoUsersAreActive() {
        Answer ready = Api.getAbsolute(Api.MANAGEMENT + "/health/ready");

        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonNode check = null;
        for (JsonNode c : ready.json().get("checks")) {
            if (c.get("name").asText().equals("thb-hub-identity")) {
                check = c;
            }
        }
        assertThat(check).as(ready.body()).isNotNull();
        assertThat(check.get("status").asText()).isEqualTo("UP");
        assertThat(check.get("data").get("mode").asText()).isEqualTo(ItUsers.mode());
        if (ItUsers.mode().equals("demo")) {
            assertThat(check.get("data").get("warning").asText()).isEqualTo("demo users active");
        } else {
            assertThat(check.get("data").has("warning")).isFalse();
        }
    }
}
